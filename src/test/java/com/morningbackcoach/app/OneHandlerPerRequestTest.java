package com.morningbackcoach.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.morningbackcoach.conversation.SkillServices;
import com.morningbackcoach.testing.ConversationState;
import com.morningbackcoach.testing.HandlerClaims;
import com.morningbackcoach.testing.ModelFile;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** For every request in every state exactly one handler claims it, so the order of the handler list does not matter. */
class OneHandlerPerRequestTest {

    @ParameterizedTest
    @EnumSource(ConversationState.class)
    void everyModelIntent_andLaunch_shouldBeClaimedByExactlyOneHandler(ConversationState state) {
        List<String> problems = new ArrayList<>();
        List<String> requests = new ArrayList<>(ModelFile.intentNames());
        requests.add("LaunchRequest");
        for (String request : requests) {
            SkillServices services = TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z"));
            SkillConversation talk = new SkillConversation(services);
            state.reach(talk);
            ObjectNode envelope = request.equals("LaunchRequest")
                    ? launchIn(talk) : talk.intentRequest(request);

            List<String> claims = new HandlerClaims(services).claimsOf(envelope);

            if (claims.size() != 1) {
                problems.add(request + " claimed by " + claims);
            }
        }
        assertThat(problems).as("in state %s", state).isEmpty();
    }

    private static ObjectNode launchIn(SkillConversation talk) {
        ObjectNode envelope = talk.intentRequest("unused");
        ObjectNode launch = SkillConversation.fixture("LaunchRequest");
        envelope.set("request", launch.get("request"));
        ((ObjectNode) envelope.path("session")).put("new", true);
        return envelope;
    }
}
