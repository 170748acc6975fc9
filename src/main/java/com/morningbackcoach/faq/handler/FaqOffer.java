package com.morningbackcoach.faq.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.Question;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.conversation.Screens;
import com.morningbackcoach.faq.FaqTopic;

/** The questions the answers feature asks. */
public enum FaqOffer implements Question {
    /** "There's a bit more to it. Want the rest?" after the first part of a long answer; "go on" means yes. */
    MORE {
        @Override
        public Reply ask(Conversation conversation) {
            var speech = conversation.speech();
            return conversation.get(FaqSession.MORE_TOPIC).flatMap(FaqAnswers.faq(conversation)::topic)
                    .map(topic -> FaqAnswers.shown(conversation, Reply.ask(this, topic.answer() + " "
                            + speech.say("faq.offerMore"), speech.say("faq.offerMore.reprompt")), topic, topic.answer()))
                    .orElseGet(() -> FaqAnswers.answered(conversation, ""));
        }

        @Override
        public Reply prompt(Conversation conversation) {
            return Reply.ask(this, conversation.speech().say("faq.offerMore.reprompt"));
        }

        @Override
        public Reply yes(Conversation conversation) {
            var topic = conversation.get(FaqSession.MORE_TOPIC).flatMap(FaqAnswers.faq(conversation)::topic);
            String rest = topic.flatMap(FaqTopic::more).orElse("");
            conversation.clear(FaqSession.MORE_TOPIC);
            Reply reply = FaqAnswers.answered(conversation, rest);
            return topic.map(shown -> FaqAnswers.shown(conversation, reply, shown, rest)).orElse(reply);
        }

        @Override
        public Reply no(Conversation conversation) {
            conversation.clear(FaqSession.MORE_TOPIC);
            return FaqAnswers.answered(conversation, conversation.speech().say("faq.moreDeclined"));
        }

        @Override
        public boolean nextMeansYes() {
            return true;
        }
    },
    /** "Anything else you'd like to know?" after an answer at the menu. */
    ANOTHER {
        @Override
        public Reply ask(Conversation conversation) {
            return Reply.ask(this, conversation.speech().say("faq.whatElse"));
        }

        @Override
        public Reply yes(Conversation conversation) {
            return TOPICS.ask(conversation).withLead(conversation.speech().say("faq.goAhead"));
        }
    },
    /** A short list of topics, naming its choices. */
    TOPICS {
        @Override
        public Reply ask(Conversation conversation) {
            var speech = conversation.speech();
            String topics = FaqAnswers.nextTopics(conversation);
            return Screens.answer(conversation, Reply.ask(this, topics + " " + speech.say("faq.which"),
                    speech.say("faq.reprompt")), speech.say("screen.topics.title"), topics);
        }

        @Override
        public Reply prompt(Conversation conversation) {
            return Reply.ask(this, conversation.speech().say("faq.reprompt"));
        }

        /** "Yes" to "ask me a question, or say what can I ask": the topics, never the same words again. */
        @Override
        public Reply yes(Conversation conversation) {
            return ask(conversation);
        }
    };

    /** The name under which "no more questions" is noted, so the menu does not offer questions again. */
    public static final String DECLINED = "questions";

    @Override
    public String id() {
        return "faq." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** No more questions: the menu's next offer, without offering questions again. */
    @Override
    public Reply no(Conversation conversation) {
        conversation.decline(DECLINED);
        return conversation.backToWhereWeWere(conversation.speech().say("faq.noMore"));
    }

    @Override
    public Reply help(Conversation conversation) {
        return prompt(conversation).withLead(conversation.speech().say("faq.help"));
    }
}
