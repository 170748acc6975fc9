package com.morningbackcoach.faq.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.faq.Faq;
import com.morningbackcoach.faq.FaqTopic;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * A question about back cracking, by topic ({@code AskQuestionIntent} with a resolved {@code topic} slot) or asked
 * directly ("why does my back crack"). A one-shot question gets the whole answer and ends; in a session the user is
 * brought back to where they were.
 */
public final class AskQuestionIntentHandler extends IntentHandler {

    static final String INTENT = "AskQuestionIntent";
    static final String TOPIC_SLOT = "topic";

    public AskQuestionIntentHandler() {
        super(Stream.concat(Stream.of(INTENT), Faq.english().directQuestions().keySet().stream())
                .toArray(String[]::new));
    }

    @Override
    protected Reply handle(Conversation conversation) {
        Faq faq = FaqAnswers.faq(conversation);
        Optional<FaqTopic> topic = topicId(conversation, faq).flatMap(faq::topic);
        var speech = conversation.speech();
        if (topic.isEmpty()) {
            conversation.heardNothingToAnswer();
            String unknown = speech.say("faq.unknown") + " " + FaqAnswers.nextTopics(conversation);
            boolean askingQuestions = conversation.openQuestion().filter(FaqOffer.class::isInstance).isPresent()
                    || conversation.isOneShot();
            return conversation.backToActivity(unknown)
                    .orElseGet(() -> askingQuestions ? FaqOffer.TOPICS.prompt(conversation).withLead(unknown)
                            : conversation.backToWhereWeWere(unknown));
        }
        FaqTopic answer = topic.get();
        if (conversation.isOneShot()) {
            String whole = answer.answer() + answer.more().map(more -> " " + more).orElse("");
            return FaqAnswers.shown(conversation, Reply.tell(whole), answer, whole);
        }
        if (answer.more().isPresent()) {
            conversation.set(FaqSession.MORE_TOPIC, answer.id());
            return FaqOffer.MORE.ask(conversation);
        }
        return FaqAnswers.shown(conversation, FaqAnswers.answered(conversation, answer.answer()), answer, answer.answer());
    }

    private static Optional<String> topicId(Conversation conversation, Faq faq) {
        if (!conversation.isIntent(INTENT)) {
            return Optional.ofNullable(faq.directQuestions().get(conversation.intentName()));
        }
        return conversation.resolvedSlotId(TOPIC_SLOT);
    }
}
