package com.morningbackcoach.home;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.Screen;
import com.morningbackcoach.conversation.Screens;
import com.morningbackcoach.streak.handler.StreakSpeech;
import com.morningbackcoach.user.UserProfile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The menu's screen: the skill's name, the streak, and the routine, the self-check and questions as buttons. */
final class MenuScreen {

    static final String DOCUMENT = "launch";

    private MenuScreen() {
    }

    static Screen of(Conversation conversation) {
        var speech = conversation.speech();
        UserProfile profile = conversation.profile().get();
        String streak = profile.isReturning()
                ? StreakSpeech.current(speech, profile.streak(), conversation.profile().today())
                : speech.say("screen.tagline");
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("title", speech.say("screen.title"));
        payload.put("streak", streak);
        payload.put("buttons", List.of(
                Screens.button(speech.say("screen.startRoutine"), "StartRoutineIntent", true),
                Screens.button(speech.say("screen.checkMyBack"), "CheckMyBackIntent", true),
                Screens.button(speech.say("screen.whatCanIAsk"), "WhatCanIAskIntent", true)));
        return new Screen(DOCUMENT, payload);
    }
}
