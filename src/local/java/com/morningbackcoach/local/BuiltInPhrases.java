package com.morningbackcoach.local;

import java.util.List;
import java.util.Map;

/** The everyday phrases Alexa maps to its built-in intents, for resolving typed utterances locally. */
final class BuiltInPhrases {

    static final Map<String, List<String>> PHRASES = Map.ofEntries(
            Map.entry("AMAZON.YesIntent", List.of("yes", "yeah", "yep", "yes please", "sure", "okay", "ok",
                    "of course", "please do", "go ahead", "let's do it", "alright", "why not")),
            Map.entry("AMAZON.NoIntent", List.of("no", "nope", "no thanks", "no thank you", "not now", "nah",
                    "not really", "no way")),
            Map.entry("AMAZON.HelpIntent", List.of("help", "help me", "what can i say", "what do i say",
                    "i need help", "how does this work")),
            Map.entry("AMAZON.StopIntent", List.of("stop", "quit", "exit", "off", "shut up", "be quiet", "that's all",
                    "goodbye", "bye", "i'm done for now")),
            Map.entry("AMAZON.CancelIntent", List.of("cancel", "never mind", "nevermind", "forget it")),
            Map.entry("AMAZON.NavigateHomeIntent", List.of("go home", "home", "go to home screen")),
            Map.entry("AMAZON.RepeatIntent", List.of("repeat", "repeat that", "say that again", "again",
                    "one more time", "come again", "what did you say", "pardon")),
            Map.entry("AMAZON.NextIntent", List.of("next", "skip", "skip this", "move on")),
            Map.entry("AMAZON.PreviousIntent", List.of("previous", "go back one")),
            Map.entry("AMAZON.StartOverIntent", List.of("start from the beginning")),
            Map.entry("AMAZON.FallbackIntent", List.of()));

    private BuiltInPhrases() {
    }

    static List<String> of(String intentName) {
        return PHRASES.getOrDefault(intentName, List.of());
    }
}
