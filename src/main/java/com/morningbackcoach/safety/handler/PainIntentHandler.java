package com.morningbackcoach.safety.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.conversation.Screens;
import com.morningbackcoach.safety.PainSign;
import com.morningbackcoach.speech.Ssml;

/**
 * "That hurts", "my leg is tingling", "I felt a sharp pain", in any state: stop the movement, then route by what was
 * said. Urgent signs end the session with the advice to get urgent care; the routine place stays kept.
 */
public final class PainIntentHandler extends IntentHandler {

    static final String SYMPTOM_SLOT = "symptom";

    public PainIntentHandler() {
        super("PainIntent");
    }

    @Override
    protected Reply handle(Conversation conversation) {
        Reply reply = route(conversation);
        return Screens.answer(conversation, reply, conversation.speech().say("screen.pain.title"), Ssml.plain(reply.speech()));
    }

    private static Reply route(Conversation conversation) {
        var speech = conversation.speech();
        PainSign sign = conversation.resolvedSlotId(SYMPTOM_SLOT).flatMap(PainSign::of).orElse(PainSign.PAIN);
        String stop = speech.say("pain.stop");
        return switch (sign.urgency()) {
            case URGENT -> {
                conversation.leaveActivity();
                yield Reply.tell(stop + " " + speech.say("pain.urgentNow", speech.say("emergency.number")));
            }
            case WARNING -> PainCheck.afterRouting(conversation,
                    stop + " " + speech.say("pain.rule") + " " + PainCheck.provider(speech));
            case ASK -> PainCheck.WARNING_SIGNS.ask(conversation).withLead(stop + " " + speech.say("pain.rule"));
        };
    }
}
