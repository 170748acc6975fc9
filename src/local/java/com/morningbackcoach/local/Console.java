package com.morningbackcoach.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text stand-in for an Echo: reads one utterance a line, resolves it against the interaction model, sends the
 * request through the skill and prints the reply as {@code Alexa: ...}. When the skill asks Alexa for a permission,
 * it asks as Alexa does, in the model's language, and the next line is the answer. What reaches the Alexa APIs is
 * shown in brackets.
 */
public final class Console {

    private static final Pattern DIRECT_INTENT = Pattern.compile("^:intent\\s+(\\S+)(.*)$");

    private final LocalSkill skill;
    private final UtteranceMatcher matcher;
    private final AlexaRequests requests;
    private final Invocation invocation;
    private final PermissionWords permissionWords;

    private final PrintStream out;
    private final boolean echo;
    private final FakeAlexaApi api;
    private AlexaRequests.LocalSession session;
    private PermissionAsk asked;

    /** A permission the skill asked Alexa to get, waiting for the user's answer. */
    private record PermissionAsk(String scope, String token) {
    }

    /**
     * How Alexa asks for a permission in one language ({@code %s} is what the skill would set), and the answers it
     * takes as yes or no, in the matcher's canonical form.
     */
    private record PermissionWords(String question, String reminders, String timers, Pattern agrees,
                                   Pattern refuses) {

        static final PermissionWords ENGLISH = new PermissionWords(
                "Morning Back Coach would like to set %s for you. Do you allow it? [answer yes or no]",
                "reminders", "timers",
                Pattern.compile("(yes|yeah|yep|sure|ok|okay|i approve|i allow|allow|approve|i do|go ahead)( please)?"),
                Pattern.compile("(no|nope|no thanks|do not|i do not|deny)( please)?"));
        static final PermissionWords SPANISH = new PermissionWords(
                "Entrenador de Espalda quiere crearte %s. ¿Le das permiso? [contesta sí o no]",
                "recordatorios", "temporizadores",
                Pattern.compile("(si|claro|claro que si|vale|dale|va|sale|ok|de acuerdo|adelante|acepto|lo permito"
                        + "|permitir|permitelo|si lo permito|si claro)"),
                Pattern.compile("(no|no gracias|no lo permito|no quiero|nel|para nada|mejor no|rechazar)"));

        static PermissionWords of(String locale) {
            return MatcherLanguage.of(locale) == MatcherLanguage.SPANISH ? SPANISH : ENGLISH;
        }
    }

    public Console(LocalSkill skill, InteractionModel model, AlexaRequests requests, FakeAlexaApi api, PrintStream out,
                   boolean echo) {
        this.skill = skill;
        this.matcher = new UtteranceMatcher(model);
        this.requests = requests;
        this.invocation = new Invocation(model);
        this.permissionWords = PermissionWords.of(model.locale());
        this.api = api;
        this.out = out;
        this.echo = echo;
        api.onChange(change -> out.println("[Alexa API: " + change + "]"));
    }

    /** Reads until end of input. With {@code prompt} set, shows a prompt before each line. */
    public void run(BufferedReader in, boolean prompt) throws IOException {
        while (true) {
            if (prompt) {
                out.print("> ");
                out.flush();
            }
            String line = in.readLine();
            if (line == null) {
                break;
            }
            if (line.isBlank()) {
                continue;
            }
            if (echo) {
                out.println("You: " + line.trim());
            }
            say(line.trim());
        }
        if (session != null) {
            send(requests.sessionEnded(session, "USER_INITIATED"));
        }
    }

    /** One utterance, or {@code :intent NAME slot=value ...}. */
    public void say(String line) {
        if (asked != null) {
            answerPermission(line);
            return;
        }
        Matcher direct = DIRECT_INTENT.matcher(line);
        if (direct.matches()) {
            sendIntent(directMatch(direct.group(1), direct.group(2)));
            return;
        }
        Optional<Invocation.Parsed> invoked = invocation.parse(line);
        if (invoked.isPresent() && invoked.get().isLaunch()) {
            session = new AlexaRequests.LocalSession();
            send(requests.launch(session));
            return;
        }
        String words = invoked.map(Invocation.Parsed::request).orElse(line);
        if (invoked.isPresent()) {
            session = null;
        }
        sendIntent(invoked.isPresent() ? invocation.bestOneShot(matcher, words) : matcher.match(words));
    }

    private void sendIntent(UtteranceMatcher.Match match) {
        if (session == null) {
            session = new AlexaRequests.LocalSession();
        }
        send(requests.intent(session, match));
    }

    private void send(JsonNode request) {
        JsonNode response = skill.invoke(request);
        if (request.path("request").path("type").asText().equals("SessionEndedRequest")) {
            session = null;
            return;
        }
        SkillReply reply = SkillReply.parse(response);
        if (!reply.speech().isEmpty()) {
            out.println("Alexa: " + reply.speech());
        }
        JsonNode card = response.path("response").path("card");
        if (card.path("type").asText().equals("AskForPermissionsConsent")) {
            out.println("[Alexa app: a card to allow " + card.path("permissions") + "]");
        }
        for (JsonNode directive : response.path("response").path("directives")) {
            if (directive.path("type").asText().equals("Connections.SendRequest")
                    && directive.path("name").asText().equals("AskFor")) {
                asked = new PermissionAsk(directive.path("payload").path("permissionScope").asText(),
                        directive.path("token").asText());
                String what = asked.scope().contains(":reminders:") ? permissionWords.reminders()
                        : permissionWords.timers();
                out.println("Alexa: " + permissionWords.question().formatted(what));
            }
        }
        if (reply.endsSession()) {
            out.println("[session ended]");
            session = null;
        } else {
            session.advance(reply.sessionAttributes());
        }
    }

    /** The user's answer to Alexa's permission question, sent back to the skill as Alexa does. */
    private void answerPermission(String line) {
        String said = matcher.canonicalForm(line);
        String status = permissionWords.agrees().matcher(said).matches() ? "ACCEPTED"
                : permissionWords.refuses().matcher(said).matches() ? "DENIED" : "NOT_ANSWERED";
        if (status.equals("ACCEPTED")) {
            api.grant(asked.scope());
        }
        out.println("[Alexa: permission " + status.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "]");
        PermissionAsk answered = asked;
        asked = null;
        session = new AlexaRequests.LocalSession();
        send(requests.permissionAnswer(session, answered.scope(), status, answered.token()));
    }

    private UtteranceMatcher.Match directMatch(String intent, String slotText) {
        Map<String, UtteranceMatcher.SlotMatch> slots = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        for (String pair : slotText.trim().split("\\s+")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = pair.substring(0, eq);
            String value = pair.substring(eq + 1).replace('_', ' ');
            slots.put(name, new UtteranceMatcher.SlotMatch(name, value, matcher.resolve(intent, name, value)));
            types.put(name, matcher.slotTypeOf(intent, name).orElse("AMAZON.SearchQuery"));
        }
        return new UtteranceMatcher.Match(intent, slots, types);
    }
}
