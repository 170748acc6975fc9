package com.morningbackcoach.safety.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.conversation.Screens;
import com.morningbackcoach.routine.handler.Coach;
import com.morningbackcoach.routine.handler.RoutineFlow;
import com.morningbackcoach.safety.PainSign;
import com.morningbackcoach.safety.SymptomWords;
import com.morningbackcoach.speech.Ssml;

/**
 * "That hurts", "my leg is tingling", "I felt a sharp pain", in any state: stop the movement, then route by what was
 * said, or by the most urgent sign its words name. Urgent signs end the session with the advice to get urgent care;
 * after any warning sign the routine rests for today, its place kept. Pain said again while the warning signs are
 * asked about ("no, it's just a pinch") is not asked about again: to be safe, it is taken as a warning sign.
 */
public final class PainIntentHandler extends IntentHandler {

    static final String INTENT = "PainIntent";
    static final String SYMPTOM_SLOT = "symptom";

    public PainIntentHandler() {
        super(INTENT);
    }

    @Override
    protected Reply handle(Conversation conversation) {
        Reply reply = route(conversation);
        return Screens.answer(conversation, reply, conversation.speech().say("screen.pain.title"), Ssml.plain(reply.speech()));
    }

    /** A leg that is numb, weak or gives way, or any urgent sign: sit or lie down safely before anything else. */
    static boolean sitsDownFirst(PainSign sign) {
        return sign.urgency() == PainSign.Urgency.URGENT || sign == PainSign.NUMB || sign == PainSign.WEAK;
    }

    private static Reply route(Conversation conversation) {
        Coach.painReported(conversation);
        var speech = conversation.speech();
        PainSign resolved = conversation.resolvedSlotId(SYMPTOM_SLOT).flatMap(PainSign::of).orElse(PainSign.PAIN);
        PainSign sign = SymptomInWords.signIn(conversation)
                .map(found -> SymptomWords.moreUrgent(found, resolved)).orElse(resolved);
        String stop = speech.say(sitsDownFirst(sign) ? "pain.stop.sitDown" : "pain.stop");
        return switch (sign.urgency()) {
            case URGENT -> {
                RoutineFlow.restForToday(conversation);
                conversation.leaveActivity();
                yield Reply.tell(stop + " " + speech.say("pain.urgentNow", speech.say("emergency.number")));
            }
            case WARNING -> PainCheck.afterWarning(conversation,
                    stop + " " + speech.say("pain.rule") + " " + PainCheck.provider(speech));
            case ASK -> conversation.asks(PainCheck.WARNING_SIGNS)
                    ? PainCheck.WARNING_SIGNS.byDefault(conversation).withLead(stop)
                    : PainCheck.WARNING_SIGNS.ask(conversation).withLead(stop + " " + speech.say("pain.rule"));
        };
    }
}
