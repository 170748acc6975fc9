package com.morningbackcoach.routine.handler;

import com.morningbackcoach.audio.AudioMode;
import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;

import java.util.Locale;

/**
 * "No music", "music on" and "quiet mode": what plays besides the words where the device takes APL for Audio
 * (the bed and the chimes, the chimes only, or the words alone), remembered.
 */
public final class SoundsIntentHandler extends IntentHandler {

    static final String MUSIC_OFF = "MusicOffIntent";
    static final String MUSIC_ON = "MusicOnIntent";
    static final String QUIET = "QuietModeIntent";

    public SoundsIntentHandler() {
        super(MUSIC_OFF, MUSIC_ON, QUIET);
    }

    @Override
    protected Reply handle(Conversation conversation) {
        var speech = conversation.speech();
        if (conversation.profile().readFailed()) {
            return conversation.backToWhereWeWere(speech.say("progress.unreachable"));
        }
        AudioMode mode = conversation.isIntent(QUIET) ? AudioMode.QUIET
                : conversation.isIntent(MUSIC_OFF) ? AudioMode.NO_MUSIC : AudioMode.FULL;
        String key = mode.name().toLowerCase(Locale.ROOT);
        if (conversation.profile().get().settings().audio() == mode) {
            return conversation.backToWhereWeWere(speech.say("sounds.already." + key));
        }
        conversation.profile().update(p -> p.withSettings(p.settings().withAudio(mode)));
        return conversation.backToWhereWeWere(speech.say("sounds." + key));
    }
}
