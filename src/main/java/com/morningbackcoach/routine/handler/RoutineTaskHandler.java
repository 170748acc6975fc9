package com.morningbackcoach.routine.handler;

import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Task;
import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.ConversationHandler;
import com.morningbackcoach.conversation.Reply;

/**
 * The skill's task in an Alexa routine ("Good morning", "Alarm dismissed"): the skill opens straight into the morning
 * routine, as "start my routine" does.
 */
public final class RoutineTaskHandler extends ConversationHandler {

    /** The task's name in {@code skill.json} and {@code skill-package/tasks/}. */
    public static final String TASK = "StartMorningRoutine";
    public static final String VERSION = "1";

    /** Whether the request launches the skill for this task; Alexa prefixes the name with the skill's id. */
    public static boolean isTask(Conversation conversation) {
        if (!(conversation.request() instanceof LaunchRequest launch) || launch.getTask() == null) {
            return false;
        }
        Task task = launch.getTask();
        return task.getName() != null && (task.getName().equals(TASK) || task.getName().endsWith("." + TASK))
                && VERSION.equals(task.getVersion());
    }

    @Override
    protected boolean canHandle(Conversation conversation) {
        return isTask(conversation);
    }

    @Override
    protected Reply handle(Conversation conversation) {
        conversation.leaveActivity();
        return StartRoutineIntentHandler.startOrOfferToCarryOn(conversation);
    }
}
