package com.morningbackcoach.local;

import com.amazon.ask.Skill;
import com.amazon.ask.model.services.ApiClient;
import com.morningbackcoach.alexa.SettingsApiZoneLookup;
import com.morningbackcoach.app.MorningBackCoachStreamHandler;
import com.morningbackcoach.app.SkillFactory;
import com.morningbackcoach.app.SkillRuntime;
import com.morningbackcoach.conversation.SkillServices;
import com.morningbackcoach.user.UserStore;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Runs the skill on this machine: a text console by default, or an HTTP endpoint with {@code serve}. */
public final class LocalRunner {

    private LocalRunner() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("log.level", System.getProperty("log.level", "warn"));
        if (java.util.List.of(args).contains("--help")) {
            System.out.println(LocalOptions.USAGE);
            return;
        }
        if (args.length > 0 && args[0].equals("derive-models")) {
            ModelOverlays.writeAll();
            ModelOverlays.derived().keySet().forEach(locale -> System.out.println("wrote " + InteractionModel.path(locale)));
            return;
        }
        if (args.length > 0 && args[0].equals("routine-report")) {
            String locale = args.length > 1 ? args[1] : "en-US";
            RoutineReport.print(locale, false, System.out);
            System.out.println();
            RoutineReport.print(locale, true, System.out);
            System.out.println();
            RoutineReport.printTalk(locale, false, System.out);
            System.out.println();
            RoutineReport.printTalk(locale, true, System.out);
            return;
        }
        LocalOptions options;
        try {
            options = LocalOptions.parse(args);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            System.err.println(e.getMessage());
            System.err.println(LocalOptions.USAGE);
            System.exit(2);
            return;
        }
        int status;
        try {
            status = run(options);
        } catch (Exception e) {
            System.err.println("Could not start: " + e);
            status = 1;
        }
        System.exit(status);
    }

    static int run(LocalOptions options) throws Exception {
        try (FakeAlexaApi alexaApi = FakeAlexaApi.start(options.zone());
             LocalStore local = LocalStore.open(options)) {
            UserStore store = local.store();
            Clock clock = clockFor(options);
            SkillServices services = SkillServices.builder()
                    .store(store)
                    .clock(clock)
                    .zoneLookup(new SettingsApiZoneLookup())
                    .build();
            if (options.serve()) {
                return serve(services, alexaApi, options);
            }
            Skill skill = SkillFactory.create(services, null, SkillRuntime.alexaApiClient());
            MorningBackCoachStreamHandler handler = new MorningBackCoachStreamHandler(skill);
            AlexaRequests requests = new AlexaRequests(options.user(), alexaApi, clock, options.locale());
            boolean interactive = System.console() != null;
            Console console = new Console(new LocalSkill(handler), InteractionModel.forLocale(options.locale()),
                    requests, alexaApi, System.out, !interactive);
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            console.run(in, interactive);
            return 0;
        }
    }

    /**
     * The HTTP endpoint. Alexa API calls go to the fake on loopback, where every permission is granted, unless
     * {@code --real-alexa-apis} sends them to the endpoint each request names.
     */
    private static int serve(SkillServices services, FakeAlexaApi alexaApi, LocalOptions options) throws Exception {
        ApiClient apiClient = SkillRuntime.alexaApiClient();
        if (!options.realAlexaApis()) {
            alexaApi.grant(FakeAlexaApi.REMINDERS_SCOPE).grant(FakeAlexaApi.TIMERS_SCOPE);
            alexaApi.onChange(change -> System.out.println("[Alexa API: " + change + "]"));
            apiClient = new RedirectingApiClient(apiClient, alexaApi.endpoint(), alexaApi.accessToken());
            System.out.println("Alexa API calls go to a local fake at " + alexaApi.endpoint()
                    + " (--real-alexa-apis to send them where each request says)");
        }
        Skill skill = SkillFactory.create(services, null, apiClient);
        if (!options.verify()) {
            System.err.println("WARNING: Alexa request signature checks are OFF (--no-verify), for local tools on "
                    + "loopback only. Timestamps are still checked.");
        }
        try (HttpEndpoint endpoint = HttpEndpoint.start(skill, options.host(), options.port(), options.verify())) {
            System.out.println("Serving Alexa requests on http://" + options.host() + ":" + endpoint.port()
                    + "/ (Ctrl-C to stop)");
            new java.util.concurrent.CountDownLatch(1).await();
        }
        return 0;
    }

    /** The real clock, moved to {@code --date} when one is given, keeping the time of day. */
    static Clock clockFor(LocalOptions options) {
        Clock system = Clock.systemUTC();
        if (options.date() == null) {
            return system;
        }
        ZoneId zone = options.zone();
        long days = ChronoUnit.DAYS.between(LocalDate.now(system.withZone(zone)), options.date());
        return Clock.offset(system, Duration.ofDays(days));
    }
}
