package com.morningbackcoach.local;

import java.util.List;
import java.util.Map;

/** The everyday phrases Alexa maps to its built-in intents, for resolving typed utterances locally. */
final class BuiltInPhrases {

    static final Map<String, List<String>> ENGLISH = Map.ofEntries(
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

    static final Map<String, List<String>> SPANISH = Map.ofEntries(
            Map.entry("AMAZON.YesIntent", List.of("sí", "si", "claro", "claro que sí", "por supuesto", "de acuerdo",
                    "está bien", "sí por favor", "va", "vale", "dale", "sale", "ok", "okey", "adelante", "venga")),
            Map.entry("AMAZON.NoIntent", List.of("no", "no gracias", "ahora no", "mejor no", "para nada", "nel",
                    "no quiero", "de ninguna manera")),
            Map.entry("AMAZON.HelpIntent", List.of("ayuda", "ayúdame", "qué puedo decir", "qué digo",
                    "necesito ayuda", "cómo funciona esto")),
            Map.entry("AMAZON.StopIntent", List.of("para", "detente", "alto", "basta", "ya basta", "cállate",
                    "silencio", "salir", "sal", "adiós", "chao", "hasta luego", "eso es todo")),
            Map.entry("AMAZON.CancelIntent", List.of("cancela", "cancelar", "olvídalo", "déjalo", "no importa")),
            Map.entry("AMAZON.NavigateHomeIntent", List.of("inicio", "ve al inicio", "pantalla de inicio")),
            Map.entry("AMAZON.RepeatIntent", List.of("repite", "repítelo", "repite eso", "otra vez", "de nuevo",
                    "qué dijiste", "cómo dijiste", "dilo otra vez", "una vez más")),
            Map.entry("AMAZON.NextIntent", List.of("siguiente", "sigue", "el siguiente", "continúa", "continuar",
                    "adelante con el siguiente")),
            Map.entry("AMAZON.PreviousIntent", List.of("anterior", "atrás", "el anterior")),
            Map.entry("AMAZON.StartOverIntent", List.of("empieza desde el principio", "desde el principio")),
            Map.entry("AMAZON.FallbackIntent", List.of()));

    private BuiltInPhrases() {
    }

    static List<String> of(MatcherLanguage language, String intentName) {
        return (language == MatcherLanguage.SPANISH ? SPANISH : ENGLISH).getOrDefault(intentName, List.of());
    }
}
