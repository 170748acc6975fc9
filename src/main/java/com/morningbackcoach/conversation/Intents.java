package com.morningbackcoach.conversation;

/** Names of the built-in intents, and of the custom ones the base routes, as the interaction model spells them. */
public final class Intents {

    public static final String YES = "AMAZON.YesIntent";
    public static final String NO = "AMAZON.NoIntent";
    public static final String NOT_SURE = "NotSureIntent";
    public static final String REPEAT = "AMAZON.RepeatIntent";
    public static final String HELP = "AMAZON.HelpIntent";
    public static final String FALLBACK = "AMAZON.FallbackIntent";
    public static final String NEXT = "AMAZON.NextIntent";
    public static final String PREVIOUS = "AMAZON.PreviousIntent";
    public static final String START_OVER = "AMAZON.StartOverIntent";
    public static final String STOP = "AMAZON.StopIntent";
    public static final String CANCEL = "AMAZON.CancelIntent";
    public static final String NAVIGATE_HOME = "AMAZON.NavigateHomeIntent";

    private Intents() {
    }

    /** Stop, cancel and "go home": each ends the session, and what it keeps depends on the activity. */
    public static boolean isLeaving(String intent) {
        return STOP.equals(intent) || CANCEL.equals(intent) || NAVIGATE_HOME.equals(intent);
    }

    /** Next, previous and start over: moves within the current activity. */
    public static boolean isMove(String intent) {
        return NEXT.equals(intent) || PREVIOUS.equals(intent) || START_OVER.equals(intent);
    }
}
