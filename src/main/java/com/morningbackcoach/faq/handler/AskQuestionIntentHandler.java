package com.morningbackcoach.faq.handler;

import com.amazon.ask.model.Response;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.request.RequestHelper;
import com.morningbackcoach.faq.Faq;
import com.morningbackcoach.faq.FaqTopic;
import com.morningbackcoach.skill.Conversation;
import com.morningbackcoach.skill.IntentHandler;
import com.morningbackcoach.skill.Pending;
import com.morningbackcoach.skill.Replies;
import com.morningbackcoach.skill.SkillServices;
import com.morningbackcoach.speech.Speech;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A question about back cracking, by topic ({@code AskQuestionIntent} with a resolved {@code topic} slot) or asked
 * directly ("why does my back crack"). Answers a one-shot question and ends; in a session, asks what next.
 */
public final class AskQuestionIntentHandler extends IntentHandler {

    static final String INTENT = "AskQuestionIntent";
    static final String TOPIC_SLOT = "topic";

    public AskQuestionIntentHandler(SkillServices services) {
        super(services, Stream.concat(Stream.of(INTENT), Faq.english().directQuestions().keySet().stream())
                .toArray(String[]::new));
    }

    @Override
    protected Optional<Response> handle(Conversation conversation) {
        Faq faq = FaqSpeech.faq(conversation);
        Optional<FaqTopic> topic = faq.topic(topicId(conversation, faq));
        Speech speech = conversation.speech();
        if (topic.isEmpty()) {
            String list = FaqSpeech.nextSuggestions(conversation, "faq.unknown");
            return Replies.ask(conversation, list, speech.say("faq.reprompt"));
        }
        FaqTopic answer = topic.get();
        if (conversation.isOneShot()) {
            return Replies.tell(conversation, answer.answer() + answer.more().map(more -> " " + more).orElse(""));
        }
        if (answer.more().isPresent()) {
            conversation.setPending(Pending.FAQ_MORE);
            conversation.setAttribute(FaqSpeech.MORE_TOPIC, answer.id());
            return Replies.ask(conversation, answer.answer() + " " + speech.say("faq.offerMore"),
                    speech.say("faq.offerMore.reprompt"));
        }
        String next = FaqSpeech.afterAnswer(conversation);
        return Replies.ask(conversation, answer.answer() + " " + next, next);
    }

    private static String topicId(Conversation conversation, Faq faq) {
        RequestHelper request = RequestHelper.forHandlerInput(conversation.input());
        String intent = request.getIntentName();
        if (!INTENT.equals(intent)) {
            return faq.directQuestions().get(intent);
        }
        return request.getSlot(TOPIC_SLOT)
                .map(Slot::getResolutions)
                .map(resolutions -> resolutions.getResolutionsPerAuthority())
                .orElse(List.of())
                .stream()
                .filter(resolution -> resolution.getStatus() != null
                        && resolution.getStatus().getCode() == StatusCode.ER_SUCCESS_MATCH)
                .map(Resolution::getValues)
                .filter(values -> values != null && !values.isEmpty())
                .map(values -> values.get(0).getValue().getId())
                .findFirst()
                .orElse(null);
    }
}
