package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.conversation.Screens;
import com.morningbackcoach.routine.Move;
import com.morningbackcoach.routine.Routine;
import com.morningbackcoach.routine.RoutineLibrary;

import java.util.List;
import java.util.Optional;

/** "How do I do a dead bug?", "how do I do this one?": how to do a named move, or the moves of the current part. */
public final class ExplainMoveIntentHandler extends IntentHandler {

    static final String MOVE_SLOT = "move";

    public ExplainMoveIntentHandler() {
        super("ExplainMoveIntent");
    }

    @Override
    protected Reply handle(Conversation conversation) {
        var speech = conversation.speech();
        Optional<Move> named = conversation.resolvedSlotId(MOVE_SLOT)
                .flatMap(RoutineLibrary.morning(speech.locale())::move);
        if (named.isPresent()) {
            return howTo(conversation, named.get().name(), named.get().howTo());
        }
        List<Move> current = RoutineFlow.current(conversation).map(place -> {
            Routine routine = RoutineFlow.routine(conversation, place.routineId());
            return routine.part(place.position()).moves().stream().flatMap(id -> routine.move(id).stream()).toList();
        }).orElse(List.of());
        if (current.isEmpty()) {
            return conversation.backToWhereWeWere(speech.say("routine.explain.which"));
        }
        String howTo = String.join(" ", current.stream().map(Move::howTo).toList());
        return howTo(conversation, current.get(0).name(), howTo);
    }

    private static Reply howTo(Conversation conversation, String move, String text) {
        String title = move.substring(0, 1).toUpperCase(conversation.speech().locale()) + move.substring(1);
        return Screens.answer(conversation, conversation.backToWhereWeWere(text), title, text);
    }
}
