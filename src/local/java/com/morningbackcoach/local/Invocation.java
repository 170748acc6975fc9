package com.morningbackcoach.local;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises how people call a skill by name: "open X", "ask X to ...", "tell X that ...". */
final class Invocation {

    /** A recognised invocation: a launch, or a one-shot request with the words after the skill name. */
    record Parsed(String request) {
        boolean isLaunch() {
            return request.isEmpty();
        }
    }

    private final Pattern launch;
    private final Pattern oneShot;

    Invocation(String invocationName) {
        String name = Pattern.quote(invocationName.toLowerCase());
        this.launch = Pattern.compile("^(?:alexa )?(?:(?:open|launch|start|begin|run|load|talk to|use) )?" + name + "(?: please)?$");
        this.oneShot = Pattern.compile("^(?:alexa )?(?:ask|tell|use|have) " + name + " (.+)$");
    }

    Optional<Parsed> parse(String utterance) {
        String text = UtteranceMatcher.normalize(utterance);
        if (launch.matcher(text).matches()) {
            return Optional.of(new Parsed(""));
        }
        Matcher matcher = oneShot.matcher(text);
        return matcher.matches() ? Optional.of(new Parsed(matcher.group(1))) : Optional.empty();
    }

    /**
     * A one-shot request, the words after the skill's name; the matcher itself lets a leading carrier word go
     * ("ask X to start my routine", "ask X for the next step"), in a session as well as in a one-shot.
     */
    UtteranceMatcher.Match bestOneShot(UtteranceMatcher matcher, String words) {
        return matcher.match(words);
    }
}
