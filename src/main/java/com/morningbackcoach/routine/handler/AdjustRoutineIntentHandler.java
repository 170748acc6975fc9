package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.routine.Length;
import com.morningbackcoach.routine.RoutineSettings;

import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * "Slower", "faster", "longer holds", "shorter routine", "use the gentle version": a setting kept in the profile,
 * said back once, and used from the next part on. Said at the one-time safety note, "gentle version" answers it.
 * "Too hard", "too easy": the programme's level, one down or up at once.
 */
public final class AdjustRoutineIntentHandler extends IntentHandler {

    static final String CHANGE_SLOT = "change";

    /** The changes the {@code ROUTINE_CHANGE} slot type names. */
    enum Change {
        SLOWER(s -> s.withPace(s.pace().slower())),
        LONGER_HOLDS(s -> s.withPace(s.pace().slower())),
        FASTER(s -> s.withPace(s.pace().faster())),
        SHORTER_HOLDS(s -> s.withPace(s.pace().faster())),
        SHORTER_ROUTINE(s -> s.withLength(Length.SHORT)),
        FULL_ROUTINE(s -> s.withLength(Length.FULL)),
        GENTLE(s -> s.withGentle(true)),
        STANDARD(s -> s.withGentle(false));

        private final UnaryOperator<RoutineSettings> apply;

        Change(UnaryOperator<RoutineSettings> apply) {
            this.apply = apply;
        }
    }

    public AdjustRoutineIntentHandler() {
        super("AdjustRoutineIntent");
    }

    /** The level's answers in the {@code ROUTINE_CHANGE} slot type: "too hard", "too easy", "the same". */
    enum LevelMove {
        EASIER,
        HARDER,
        SAME
    }

    @Override
    protected Reply handle(Conversation conversation) {
        var speech = conversation.speech();
        Optional<LevelMove> level = conversation.resolvedSlotId(CHANGE_SLOT).flatMap(AdjustRoutineIntentHandler::level);
        if (level.isPresent()) {
            return moveLevel(conversation, level.get());
        }
        Optional<Change> change = conversation.resolvedSlotId(CHANGE_SLOT).flatMap(AdjustRoutineIntentHandler::change);
        if (change.isEmpty()) {
            conversation.heardNothingToAnswer();
            return conversation.backToWhereWeWere(speech.say("routine.change.which"));
        }
        if (conversation.asks(RoutineOffer.SAFETY_NOTE)
                && (change.get() == Change.GENTLE || change.get() == Change.STANDARD)) {
            return change.get() == Change.GENTLE ? RoutineOffer.SAFETY_NOTE.yes(conversation)
                    : RoutineOffer.SAFETY_NOTE.no(conversation);
        }
        RoutineSettings before = RoutineFlow.settings(conversation);
        RoutineSettings after = change.get().apply.apply(before);
        String key = "routine.change." + change.get().name().toLowerCase(Locale.ROOT);
        if (after.equals(before)) {
            return conversation.backToWhereWeWere(speech.say(key + ".already"));
        }
        conversation.profile().update(profile -> profile.withSettings(change.get().apply.apply(profile.settings())));
        return conversation.backToWhereWeWere(speech.say(key));
    }

    /**
     * Answering "easier, the same, or harder?", or said at any time: the level moves at once, down or up, and the
     * next part is led at it. "The same" keeps it.
     */
    private static Reply moveLevel(Conversation conversation, LevelMove move) {
        boolean answering = conversation.asks(HowItFelt.NEXT_TIME);
        if (move == LevelMove.SAME) {
            return answering ? HowItFelt.same(conversation)
                    : conversation.backToWhereWeWere(Coach.current(conversation));
        }
        if (answering) {
            return HowItFelt.answered(conversation, move == LevelMove.HARDER);
        }
        return conversation.backToWhereWeWere(Coach.move(conversation, move == LevelMove.HARDER));
    }

    private static Optional<LevelMove> level(String id) {
        try {
            return Optional.of(LevelMove.valueOf(id));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<Change> change(String id) {
        try {
            return Optional.of(Change.valueOf(id));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
