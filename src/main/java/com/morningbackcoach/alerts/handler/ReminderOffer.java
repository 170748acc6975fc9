package com.morningbackcoach.alerts.handler;

import com.morningbackcoach.alerts.ReminderTimes;
import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.Question;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.conversation.SessionKey;
import com.morningbackcoach.streak.Streak;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The reminder's offers, each naming the time it would ring: after a third and a seventh morning in a row, and when
 * the user asks for a reminder without saying when. The time offered is kept in the session until the answer.
 */
public enum ReminderOffer implements Question {
    /** Right after a good morning; no means goodbye. */
    AFTER_MORNING {
        @Override
        public Reply no(Conversation conversation) {
            conversation.decline(DECLINED);
            var speech = conversation.speech();
            return Reply.tell(speech.say("reminder.offer.declined") + " " + speech.say("reminder.goodbye"));
        }

        @Override
        ReminderFlow.Then then() {
            return ReminderFlow.Then.GOODBYE;
        }
    },
    /** "Set a reminder" with no time said: the time to offer is this morning's time, or the usual one. */
    AT_TIME {
        @Override
        public Reply no(Conversation conversation) {
            conversation.decline(DECLINED);
            return ReminderFlow.afterwards(conversation, conversation.speech().say("reminder.offer.otherTime"),
                    ReminderFlow.Then.CARRY_ON);
        }

        @Override
        ReminderFlow.Then then() {
            return ReminderFlow.Then.CARRY_ON;
        }
    };

    /** The name under which a declined reminder is noted, so it is not offered again this session. */
    public static final String DECLINED = "reminder";
    static final SessionKey<LocalTime> OFFERED = SessionKey.of("reminderOffered", LocalTime::toString,
            raw -> raw instanceof String s ? LocalTime.parse(s) : null);
    private static final Set<Integer> OFFER_AFTER = Set.of(3, 7);

    /** After a completed morning: the offer, when the streak just reached three or seven and there is no reminder. */
    public static Optional<Reply> afterMorning(Conversation conversation, Streak streak) {
        if (!OFFER_AFTER.contains(streak.current()) || conversation.profile().readFailed()
                || conversation.profile().get().reminderIfAny().isPresent() || conversation.hasDeclined(DECLINED)) {
            return Optional.empty();
        }
        return Optional.of(AFTER_MORNING.ask(conversation));
    }

    @Override
    public String id() {
        return "reminder.offer." + name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Reply ask(Conversation conversation) {
        LocalTime offered = ReminderTimes.offeredAt(LocalTime.ofInstant(conversation.now(), conversation.profile().zone()));
        conversation.set(OFFERED, offered);
        String key = "reminder.offer." + (this == AFTER_MORNING ? "afterMorning" : "atTime");
        String at = AlertSpeech.time(conversation, offered);
        return Reply.ask(this, conversation.speech().say(key, at), conversation.speech().say(key + ".reprompt", at));
    }

    @Override
    public Reply prompt(Conversation conversation) {
        String reprompt = conversation.speech().say((this == AFTER_MORNING ? "reminder.offer.afterMorning"
                : "reminder.offer.atTime") + ".reprompt", AlertSpeech.time(conversation, offered(conversation)));
        return Reply.ask(this, reprompt);
    }

    @Override
    public Reply yes(Conversation conversation) {
        LocalTime at = offered(conversation);
        conversation.clear(OFFERED);
        return ReminderFlow.scheduleAt(conversation, at, then());
    }

    @Override
    public boolean nextAsksAgain() {
        return true;
    }

    /** "Next", "done": on without a reminder. */
    @Override
    public Reply goOn(Conversation conversation) {
        return no(conversation);
    }

    abstract ReminderFlow.Then then();

    private static LocalTime offered(Conversation conversation) {
        return conversation.get(OFFERED).orElseGet(() ->
                ReminderTimes.offeredAt(LocalTime.ofInstant(conversation.now(), conversation.profile().zone())));
    }
}
