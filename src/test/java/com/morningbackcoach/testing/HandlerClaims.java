package com.morningbackcoach.testing;

import com.amazon.ask.Skill;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.morningbackcoach.app.MorningBackCoachStreamHandler;
import com.morningbackcoach.app.SkillFactory;
import com.morningbackcoach.conversation.ConversationInterceptor;
import com.morningbackcoach.conversation.SkillServices;
import com.morningbackcoach.local.LocalSkill;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Asks every handler of the skill whether it takes a request, instead of stopping at the first, so a test can see
 * which handlers claim it. The request still gets its real answer from the first claimant.
 */
public final class HandlerClaims {

    private final List<RequestHandler> handlers;
    private final LocalSkill skill;
    private List<String> lastClaims = List.of();

    public HandlerClaims(SkillServices services) {
        this.handlers = SkillFactory.handlers(services);
        Skill composite = new CustomSkillBuilder()
                .addRequestInterceptor(new ConversationInterceptor(services, SkillFactory.dialog()))
                .addRequestHandler(new AskEveryone())
                .build();
        this.skill = new LocalSkill(new MorningBackCoachStreamHandler(composite));
    }

    /** The simple names of the handlers that claim {@code envelope}, the last-resort handler left out. */
    public List<String> claimsOf(ObjectNode envelope) {
        skill.invoke(envelope);
        return lastClaims;
    }

    private final class AskEveryone implements RequestHandler {

        @Override
        public boolean canHandle(HandlerInput input) {
            List<String> claims = new ArrayList<>();
            for (RequestHandler handler : handlers.subList(0, handlers.size() - 1)) {
                if (handler.canHandle(input)) {
                    claims.add(handler.getClass().getSimpleName());
                }
            }
            lastClaims = claims;
            return true;
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            return input.getResponseBuilder().withSpeech("claims counted").build();
        }
    }
}
