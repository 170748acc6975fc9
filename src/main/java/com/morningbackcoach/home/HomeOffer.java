package com.morningbackcoach.home;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.Question;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.faq.handler.FaqOffer;
import com.morningbackcoach.routine.handler.RoutineFlow;
import com.morningbackcoach.routine.handler.RoutineOffer;
import com.morningbackcoach.selfcheck.handler.CheckFlow;

import java.util.Locale;
import java.util.Optional;

/**
 * The menu, one yes/no offer at a time: the routine if it is not done today, then the self-check, then questions.
 * An offer declined is not made again this session; when none is left, the skill says goodbye.
 */
public enum HomeOffer implements Question {
    /** The next offer still open, whichever it is; the question the base goes back to after a detour. */
    MENU {
        @Override
        public Reply ask(Conversation conversation) {
            return next(conversation).map(offer -> offer.ask(conversation)).orElseGet(() -> goodbye(conversation));
        }

        @Override
        public Reply yes(Conversation conversation) {
            return next(conversation).map(offer -> offer.yes(conversation)).orElseGet(() -> goodbye(conversation));
        }

        @Override
        public Reply no(Conversation conversation) {
            return next(conversation).map(offer -> offer.no(conversation)).orElseGet(() -> goodbye(conversation));
        }
    },
    ROUTINE {
        @Override
        public Reply yes(Conversation conversation) {
            return RoutineFlow.continueOrStart(conversation);
        }

        @Override
        String declineName() {
            return RoutineOffer.DECLINED;
        }
    },
    CHECK {
        @Override
        public Reply yes(Conversation conversation) {
            return CheckFlow.start(conversation, "");
        }
    },
    QUESTIONS {
        @Override
        public Reply yes(Conversation conversation) {
            return FaqOffer.TOPICS.ask(conversation).withLead(conversation.speech().say("faq.goAhead"));
        }

        @Override
        String declineName() {
            return FaqOffer.DECLINED;
        }
    };

    @Override
    public String id() {
        return "home." + name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Reply ask(Conversation conversation) {
        var speech = conversation.speech();
        String key = "home.offer." + name().toLowerCase(Locale.ROOT);
        return Reply.ask(this, speech, key).withScreen(MenuScreen.of(conversation));
    }

    @Override
    public Reply no(Conversation conversation) {
        conversation.decline(declineName());
        return MENU.ask(conversation).withLead(conversation.speech().say("home.declined"));
    }

    @Override
    public Reply help(Conversation conversation) {
        return prompt(conversation).withLead(conversation.speech().say("help.general"));
    }

    /** Not understood at the menu: what the skill can do, then the offer again. */
    @Override
    public Reply fallback(Conversation conversation) {
        var speech = conversation.speech();
        return prompt(conversation).withLead(speech.say("question.notUnderstood") + " " + speech.say("home.canDo"));
    }

    String declineName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The first offer that is still worth making. */
    static Optional<HomeOffer> next(Conversation conversation) {
        boolean routineDone = conversation.profile().get().streak().isDoneOn(conversation.profile().today());
        if (!routineDone && !conversation.hasDeclined(ROUTINE.declineName())) {
            return Optional.of(ROUTINE);
        }
        if (!CheckFlow.finishedThisSession(conversation) && !conversation.hasDeclined(CHECK.declineName())) {
            return Optional.of(CHECK);
        }
        return conversation.hasDeclined(QUESTIONS.declineName()) ? Optional.empty() : Optional.of(QUESTIONS);
    }

    private static Reply goodbye(Conversation conversation) {
        return Reply.tell(conversation.speech().say("home.goodbye")).withScreen(MenuScreen.of(conversation));
    }
}
