package com.morningbackcoach.home;

import com.morningbackcoach.conversation.Button;
import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.Screen;
import com.morningbackcoach.routine.handler.Coach;
import com.morningbackcoach.streak.handler.StreakSpeech;
import com.morningbackcoach.streak.handler.WeekSpeech;
import com.morningbackcoach.user.UserProfile;

import java.util.List;

/** The menu's screen: the skill's name, the streak, the week and the level, and the routine, the self-check and questions as buttons. */
record MenuScreen(String title, String streak, List<Button> buttons) implements Screen {

    static final String DOCUMENT = "launch";
    static final String DATA = "menuData";

    MenuScreen {
        buttons = List.copyOf(buttons);
    }

    static MenuScreen of(Conversation conversation) {
        var speech = conversation.speech();
        UserProfile profile = conversation.profile().get();
        var today = conversation.profile().today();
        String streak = profile.isReturning() && !conversation.profile().readFailed()
                ? StreakSpeech.current(speech, profile.streak(), today) + " "
                + WeekSpeech.soFar(speech, profile.mornings(), today) + " "
                + speech.say("screen.menu.level", Coach.level(conversation))
                : speech.say("screen.tagline");
        return new MenuScreen(speech.say("screen.title"), streak, List.of(
                new Button(speech.say("screen.startRoutine"), "StartRoutineIntent", true),
                new Button(speech.say("screen.checkMyBack"), "CheckMyBackIntent", true),
                new Button(speech.say("screen.whatCanIAsk"), "WhatCanIAskIntent", true)));
    }

    @Override
    public String document() {
        return DOCUMENT;
    }

    @Override
    public String dataName() {
        return DATA;
    }
}
