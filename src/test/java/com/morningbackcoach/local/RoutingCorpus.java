package com.morningbackcoach.local;

import com.morningbackcoach.faq.Faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The routing corpus ({@code src/test/resources/routing/en-US.tsv}): phrasings written apart from the model's
 * samples, each with the target it should reach, routed through the same {@link UtteranceMatcher} the console uses.
 *
 * <p>A line counts only when the intent its target needs is in the model; the others are left out and listed, and
 * count by themselves once their intent is added.
 */
public final class RoutingCorpus {

    public static final Path EN_US = Path.of("src/test/resources/routing/en-US.tsv");
    static final String ASK_QUESTION = "AskQuestionIntent";
    static final String TOPIC_SLOT = "topic";

    /** One line of the corpus: where it is, what is said, and the target it should reach. */
    public record Line(int number, String phrasing, Target target) {
    }

    /**
     * Where a phrasing should go: {@code Intent}, {@code Intent:slot=ID}, or {@code FAQ:ID} (the question intent with
     * its topic, or a direct-question intent that answers that topic).
     */
    public record Target(String text, String intent, String slot, String valueId, String faqTopic) {

        static Target parse(String text) {
            if (text.startsWith("FAQ:")) {
                return new Target(text, ASK_QUESTION, null, null, text.substring(4));
            }
            int colon = text.indexOf(':');
            if (colon < 0) {
                return new Target(text, text, null, null, null);
            }
            String[] slot = text.substring(colon + 1).split("=", 2);
            if (slot.length != 2 || slot[0].isBlank() || slot[1].isBlank()) {
                throw new IllegalArgumentException("Not a target: " + text);
            }
            return new Target(text, text.substring(0, colon), slot[0], slot[1], null);
        }

        boolean isFaq() {
            return faqTopic != null;
        }

        /** A request the skill does not serve, which should reach the fallback intent. */
        boolean isOutOfScope() {
            return intent.equals(UtteranceMatcher.FALLBACK);
        }
    }

    /** What a line reached: the intent, and its slots as {@code name=ID} (or {@code name="said"} unresolved). */
    public record Routed(Line line, UtteranceMatcher.Match match, boolean reached, boolean wordForWordSample) {

        public String describe() {
            String slots = match.slots().values().stream()
                    .map(s -> s.name() + "=" + s.resolution().map(InteractionModel.SlotValue::id)
                            .orElse("\"" + s.spoken() + "\""))
                    .collect(Collectors.joining(", "));
            return match.intent() + (slots.isEmpty() ? "" : " (" + slots + ")");
        }
    }

    /** The outcome of routing the whole corpus. */
    public record Report(Path source, List<Routed> counted, List<Line> leftOut) {

        public long reachedCount() {
            return counted.stream().filter(Routed::reached).count();
        }

        public double share() {
            return counted.isEmpty() ? 0 : (double) reachedCount() / counted.size();
        }

        public List<Routed> misroutes() {
            return counted.stream().filter(r -> !r.reached()).toList();
        }

        /** Per target: reached and counted. */
        public Map<String, int[]> byTarget() {
            Map<String, int[]> figures = new TreeMap<>();
            for (Routed routed : counted) {
                int[] f = figures.computeIfAbsent(routed.line().target().text(), t -> new int[2]);
                f[0] += routed.reached() ? 1 : 0;
                f[1]++;
            }
            return figures;
        }

        public Map<String, Long> leftOutByTarget() {
            return leftOut.stream().collect(Collectors.groupingBy(l -> l.target().text(), TreeMap::new,
                    Collectors.counting()));
        }

        /** The lines meant for the skill that reach their target. */
        public double inScopeRecall() {
            List<Routed> inScope = counted.stream().filter(r -> !r.line().target().isOutOfScope()).toList();
            return inScope.isEmpty() ? 1 : (double) inScope.stream().filter(Routed::reached).count() / inScope.size();
        }

        /** The lines outside the skill that reach the fallback intent. */
        public double outOfScopeRecall() {
            List<Routed> outOfScope = counted.stream().filter(r -> r.line().target().isOutOfScope()).toList();
            return outOfScope.isEmpty() ? 1
                    : (double) outOfScope.stream().filter(Routed::reached).count() / outOfScope.size();
        }

        /** Of the lines that reach the fallback intent, those outside the skill. */
        public double outOfScopePrecision() {
            List<Routed> refused = counted.stream()
                    .filter(r -> r.match().intent().equals(UtteranceMatcher.FALLBACK)).toList();
            return refused.isEmpty() ? 1 : (double) refused.stream()
                    .filter(r -> r.line().target().isOutOfScope()).count() / refused.size();
        }

        public long outOfScopeCount() {
            return counted.stream().filter(r -> r.line().target().isOutOfScope()).count();
        }

        /** One line: in-scope recall, out-of-scope recall and precision, with the counts they stand on. */
        public String scopeFigures() {
            long outOfScope = outOfScopeCount();
            long refused = counted.stream().filter(r -> r.match().intent().equals(UtteranceMatcher.FALLBACK)).count();
            return String.format("in scope %.1f%% of %d; out of scope recall %.1f%% of %d, precision %.1f%% of %d"
                    + " refused", 100 * inScopeRecall(), counted.size() - outOfScope, 100 * outOfScopeRecall(),
                    outOfScope, 100 * outOfScopePrecision(), refused);
        }

        public String summary() {
            StringBuilder out = new StringBuilder();
            out.append(String.format("Routing corpus %s: %d of %d counted phrasings reach their target (%.1f%%).%n",
                    source, reachedCount(), counted.size(), 100 * share()));
            out.append("  ").append(scopeFigures()).append('\n');
            List<Routed> others = counted.stream().filter(r -> !r.wordForWordSample()).toList();
            long othersReached = others.stream().filter(Routed::reached).count();
            out.append(String.format("  %d of them are word for word a sample of the model; of the other %d, %d reach"
                    + " their target (%.1f%%).%n", counted.size() - others.size(), others.size(), othersReached,
                    others.isEmpty() ? 0 : 100.0 * othersReached / others.size()));
            out.append(String.format("  Left out, their intent not in the model yet: %d lines %s%n", leftOut.size(),
                    leftOutByTarget()));
            out.append("  Per target (reached/counted):\n");
            byTarget().forEach((target, f) -> out.append(String.format("    %-45s %3d/%-3d%s%n", target, f[0], f[1],
                    f[0] < f[1] ? "  <" : "")));
            List<Routed> misroutes = misroutes();
            out.append("  Misroutes (" + misroutes.size() + "):\n");
            misroutes.forEach(r -> out.append(String.format("    line %d: \"%s\" -> %s, expected %s%n",
                    r.line().number(), r.line().phrasing(), r.describe(), r.line().target().text())));
            return out.toString();
        }
    }

    private final List<Line> lines;

    private final Path source;

    private RoutingCorpus(Path source, List<Line> lines) {
        this.source = source;
        this.lines = lines;
    }

    public static RoutingCorpus read(Path path) {
        try {
            List<String> raw = Files.readAllLines(path, StandardCharsets.UTF_8);
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                String text = raw.get(i);
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] columns = text.split("\t", -1);
                if (columns.length != 2) {
                    throw new IllegalArgumentException(path + " line " + (i + 1) + ": expected phrasing<TAB>target");
                }
                lines.add(new Line(i + 1, columns[0], Target.parse(columns[1])));
            }
            return new RoutingCorpus(path, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RoutingCorpus english() {
        return read(EN_US);
    }

    /** The corpus of an Alexa locale such as {@code es-US}, {@code src/test/resources/routing/<locale>.tsv}. */
    public static RoutingCorpus forLocale(String locale) {
        return read(EN_US.resolveSibling(locale + ".tsv"));
    }

    /** The held-out corpus of a locale, {@code <locale>.heldout.tsv}: never tuned on. */
    public static RoutingCorpus heldOut(String locale) {
        return read(EN_US.resolveSibling(locale + ".heldout.tsv"));
    }

    /** This corpus without the phrasings {@code other} also has, so that no line is counted as unseen twice. */
    public RoutingCorpus without(RoutingCorpus other) {
        Set<String> theirs = new HashSet<>();
        other.lines.forEach(line -> theirs.add(line.phrasing()));
        return new RoutingCorpus(source, lines.stream().filter(line -> !theirs.contains(line.phrasing())).toList());
    }

    public List<Line> lines() {
        return lines;
    }

    /** Routes every line whose intent is in {@code model}, leaving the others out. */
    public Report route(InteractionModel model, Faq faq) {
        UtteranceMatcher matcher = new UtteranceMatcher(model);
        Set<String> intents = new HashSet<>(model.intentNames());
        Set<String> plainSamples = new HashSet<>();
        model.intents().forEach(intent -> intent.samples().stream().filter(s -> !s.contains("{"))
                .map(matcher::canonicalForm).forEach(plainSamples::add));
        List<Routed> counted = new ArrayList<>();
        List<Line> leftOut = new ArrayList<>();
        for (Line line : lines) {
            if (!intents.contains(line.target().intent())) {
                leftOut.add(line);
                continue;
            }
            UtteranceMatcher.Match match = matcher.match(line.phrasing());
            counted.add(new Routed(line, match, reaches(match, line.target(), faq),
                    plainSamples.contains(matcher.canonicalForm(line.phrasing()))));
        }
        return new Report(source, counted, leftOut);
    }

    static boolean reaches(UtteranceMatcher.Match match, Target target, Faq faq) {
        if (target.isFaq()) {
            if (match.intent().equals(ASK_QUESTION)) {
                return resolvedId(match, TOPIC_SLOT).equals(target.faqTopic());
            }
            return target.faqTopic().equals(faq.directQuestions().get(match.intent()));
        }
        if (!match.intent().equals(target.intent())) {
            return false;
        }
        if (target.slot() == null) {
            return match.slots().keySet().stream()
                    .allMatch(slot -> BuiltInSlotValues.isBuiltIn(match.slotTypes().get(slot)));
        }
        return resolvedId(match, target.slot()).equals(target.valueId());
    }

    private static String resolvedId(UtteranceMatcher.Match match, String slot) {
        UtteranceMatcher.SlotMatch filled = match.slots().get(slot);
        return filled == null ? "" : filled.resolution().map(InteractionModel.SlotValue::id).orElse("");
    }

    /** How many lines each target has, in file order. */
    public Map<String, Integer> linesPerTarget() {
        Map<String, Integer> count = new LinkedHashMap<>();
        lines.forEach(line -> count.merge(line.target().text(), 1, Integer::sum));
        return count;
    }

    /** Lines per intent, whatever slot value they name. */
    public Map<String, Integer> linesPerIntent() {
        Map<String, Integer> count = new LinkedHashMap<>();
        lines.forEach(line -> count.merge(line.target().intent(), 1, Integer::sum));
        return count;
    }

    /**
     * Prints the report, for a quick look without the whole test run: {@code [locale [corpus.tsv]]}, the locale's
     * own corpus when no file is named (another one, written apart too, shows how well the model generalizes).
     */
    public static void main(String[] args) {
        String locale = args.length > 0 ? args[0] : "en-US";
        RoutingCorpus corpus = args.length > 1 ? read(Path.of(args[1].replace("{locale}", locale)))
                : forLocale(locale);
        System.out.print(corpus.route(InteractionModel.forLocale(locale),
                Faq.forLocale(java.util.Locale.forLanguageTag(locale))).summary());
    }
}
