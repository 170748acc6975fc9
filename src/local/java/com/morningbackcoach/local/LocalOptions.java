package com.morningbackcoach.local;

import com.morningbackcoach.speech.ContentBundles;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/** The local runner's command line. */
record LocalOptions(boolean serve, String host, int port, boolean verify, Path dataDir, boolean inMemory,
                    LocalDate date, ZoneId zone, String user, String locale, boolean realAlexaApis) {

    static final String USAGE = """
            Usage: mvn -q compile exec:java [-Dexec.args="[serve] [options]"]
              (no mode)            console: one utterance per line on standard input
              serve                HTTP endpoint for Alexa requests (POST /)
              routine-report [LOCALE]  guided seconds and play time of every part, at every pace and length, and
                                       the words before each part's first count on morning 1 and morning 10
              derive-models        write the interaction models derived from model-overlays/
              --port N             serve: port (default 8080)
              --host ADDRESS       serve: address to bind (default 127.0.0.1)
              --no-verify          serve: skip Alexa signature checks, for local tools on loopback only
              --real-alexa-apis    serve: call the Alexa APIs each request names, not the local fake
              --data DIR           DynamoDB Local data folder (default .local-data)
              --in-memory          a throwaway store instead of DynamoDB Local
              --date YYYY-MM-DD    pretend today is this date on the device
              --time-zone ZONE     the device's time zone, e.g. Europe/Berlin (default: this machine's)
              --user ID            who is talking (default: local-user)
              --locale xx-YY       the device's locale: en-US (default), en-GB, en-CA, en-AU, en-IN,
                                   es-US, es-ES or es-MX""";

    static LocalOptions parse(String[] args) {
        boolean serve = false;
        String host = "127.0.0.1";
        int port = 8080;
        boolean verify = true;
        Path dataDir = Path.of(".local-data");
        boolean inMemory = false;
        LocalDate date = null;
        ZoneId zone = ZoneId.systemDefault();
        String user = "local-user";
        boolean realAlexaApis = false;
        String locale = AlexaRequests.DEFAULT_LOCALE;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "serve" -> serve = true;
                case "console" -> serve = false;
                case "--port" -> port = Integer.parseInt(value(args, ++i, arg));
                case "--host" -> host = value(args, ++i, arg);
                case "--no-verify" -> verify = false;
                case "--data" -> dataDir = Path.of(value(args, ++i, arg));
                case "--in-memory" -> inMemory = true;
                case "--date" -> date = LocalDate.parse(value(args, ++i, arg));
                case "--time-zone" -> zone = ZoneId.of(value(args, ++i, arg));
                case "--user" -> user = value(args, ++i, arg);
                case "--real-alexa-apis" -> realAlexaApis = true;
                case "--locale" -> locale = value(args, ++i, arg);
                default -> throw new IllegalArgumentException("Unknown option: " + arg);
            }
        }
        if (serve && !verify && !HttpEndpoint.isLoopback(host)) {
            throw new IllegalArgumentException("--no-verify is only allowed on a loopback address, not " + host);
        }
        if (!ContentBundles.LOCALES.contains(locale)) {
            throw new IllegalArgumentException("--locale must be one of " + ContentBundles.LOCALES + ", not " + locale);
        }
        return new LocalOptions(serve, host, port, verify, dataDir, inMemory, date, zone, user, locale, realAlexaApis);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }
}
