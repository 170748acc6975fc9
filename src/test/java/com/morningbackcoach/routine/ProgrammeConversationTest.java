package com.morningbackcoach.routine;

import com.morningbackcoach.testing.DynamoDbTestStore;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import com.morningbackcoach.user.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.morningbackcoach.testing.TestStores.stored;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sixty mornings of one user through the real handler and DynamoDB Local, on an injected clock: daily mornings with
 * every step up taken, "too hard", skipped days, a thin week with two bad back days, a week away and a move to another
 * time zone. The level after each morning, how much is said before the counting, the variety of the words, the tips
 * and what is stored are all checked.
 */
class ProgrammeConversationTest {

    private static final LocalDate FIRST_DAY = LocalDate.parse("2026-11-01");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    /**
     * One letter a calendar day from {@link #FIRST_DAY}: D a usual morning, H a usual morning then "that was too hard",
     * B a bad back day, S a day without the routine, M the usual morning after moving to Madrid.
     */
    private static final String DAYS = "DDDDDDDDDDDH" + "SS" + "DDD" + "BSSBSSS" + "D" + "SSSSSSSS" + "D" + "S" + "M"
            + "D".repeat(40);
    /** The level after each of the 60 mornings, worked out from the rules by hand. */
    private static final int[] LEVELS = {
        1, 1, 1, 2, 2, 2, 3, 3, 3, 4,
        4, 3, 3, 3, 4, 4, 4, 4, 3, 3,
        3, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4};
    private static final Pattern TIP = Pattern.compile("Today's tip\\. (.*?)(?= (?:Should|Shall|Before you go|"
            + "Have a|Enjoy|See you|Take it easy|I'll be here)|$)");
    private static final String GET_READY = "<break time=\"500ms\"/>";

    private final DynamoDbTestStore db = new DynamoDbTestStore();
    private final MutableClock clock = MutableClock.at("2026-11-01T12:00:00Z");

    @AfterEach
    void close() {
        db.close();
    }

    /** One completed morning as heard and stored. */
    private record Morning(int number, LocalDate day, int level, int wordsBeforeCounting, String greeting,
                           String finish, String tip) {
    }

    @Test
    void sixtyMornings_shouldStepUp_comeDownOnTooHardAndAfterAWeekAway_andKeepOnlyLevelDatesAndSettings() {
        List<Morning> mornings = simulate();

        assertThat(mornings).hasSize(LEVELS.length);
        for (Morning morning : mornings) {
            assertThat(morning.level()).as("level after morning %d (%s)", morning.number(), morning.day())
                    .isEqualTo(LEVELS[morning.number() - 1]);
        }

        int first = mornings.get(0).wordsBeforeCounting();
        int fourth = mornings.get(3).wordsBeforeCounting();
        int tenth = mornings.get(9).wordsBeforeCounting();
        int eleventh = mornings.get(10).wordsBeforeCounting();
        System.out.printf("Words before the counting: morning 1 %d, morning 4 %d, morning 10 %d, morning 11 %d%n", first,
                fourth, tenth, eleventh);
        assertThat(List.of(fourth, tenth)).as("mornings 4 and 10 start a new level, so the why and the safety line come"
                + " back; against morning 1 (%d words)", first).allSatisfy(words ->
                assertThat(words).isLessThanOrEqualTo(first * 55 / 100));
        assertThat(eleventh).as("morning 11, short, against morning 1 (%d words)", first)
                .isLessThanOrEqualTo(first * 40 / 100).isLessThan(tenth);

        for (int index = 1; index < mornings.size(); index++) {
            Morning before = mornings.get(index - 1);
            Morning after = mornings.get(index);
            if (after.day().equals(before.day().plusDays(1))) {
                assertThat(after.finish()).as("finish on %s", after.day()).isNotEqualTo(before.finish());
                if (!after.greeting().isEmpty() && !before.greeting().isEmpty()) {
                    assertThat(after.greeting()).as("greeting on %s", after.day()).isNotEqualTo(before.greeting());
                }
            }
        }

        List<String> tips = mornings.stream().map(Morning::tip).toList();
        assertThat(tips).doesNotContain("");
        for (int index = 0; index < tips.size(); index++) {
            List<String> fortnight = tips.subList(Math.max(0, index - 13), index);
            assertThat(fortnight).as("tip of morning %d", index + 1).doesNotContain(tips.get(index));
        }
    }

    @Test
    void afterSixtyMornings_theStoreShouldHoldALevelDatesAndSettings_andNothingOfHowASessionFelt() {
        SkillConversation talk = simulateAndKeep();

        Map<String, AttributeValue> item = onlyItem();
        assertThat(item.keySet()).isSubsetOf(Set.of("pk", "sk", "currentStreak", "bestStreak", "totalMornings",
                "lastMorning", "lastCompletedAt", "placeRoutine", "placeStep", "placePart", "placeMorning",
                "placeSavedAt", "pace", "length", "gentle", "safetyNoteGiven", "tips", "audio", "level", "levelSetOn",
                "levelAskedOn", "levelDeclinedOn", "mornings", "weeklyGoal", "weekToldOn", "timeZone",
                "timeZoneCheckedAt", "reminderId", "reminderTime", "version"));
        String everything = item.toString().toLowerCase(java.util.Locale.ROOT);
        for (String word : List.of("hard", "easy", "easier", "same", "felt", "pain", "hurt", "bad", "flare",
                "stiff", "badday")) {
            assertThat(everything).as("stored item").doesNotContain(word);
        }
        UserProfile profile = stored(db.store(), talk.userId());
        assertThat(profile.progress().level()).isEqualTo(LEVELS[LEVELS.length - 1]);
        assertThat(profile.mornings().mornings()).hasSizeLessThanOrEqualTo(56)
                .allSatisfy(day -> assertThat(day).isAfter(profile.streak().lastMorning().minusDays(56)));
    }

    private Map<String, AttributeValue> onlyItem() {
        List<Map<String, AttributeValue>> items = db.client().scan(ScanRequest.builder().tableName(db.table()).build())
                .items();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private List<Morning> simulate() {
        List<Morning> mornings = new ArrayList<>();
        run(mornings);
        return mornings;
    }

    private SkillConversation simulateAndKeep() {
        return run(new ArrayList<>());
    }

    private SkillConversation run(List<Morning> mornings) {
        SkillConversation talk = conversationIn(NEW_YORK, "amzn1.ask.account.PROGRAMME");
        ZoneId zone = NEW_YORK;
        for (int index = 0; index < DAYS.length(); index++) {
            char kind = DAYS.charAt(index);
            LocalDate day = FIRST_DAY.plusDays(index);
            if (kind == 'M') {
                zone = MADRID;
                talk = conversationIn(MADRID, talk.userId());
            }
            if (kind == 'S') {
                continue;
            }
            clock.set(LocalDateTime.of(day, java.time.LocalTime.of(7, 0)).atZone(zone).toInstant());
            mornings.add(morning(talk, kind, day, mornings.size() + 1));
        }
        return talk;
    }

    private SkillConversation conversationIn(ZoneId zone, String user) {
        return new SkillConversation(TestServices.with(db.store(), clock, zone)).asUser(user);
    }

    private Morning morning(SkillConversation talk, char kind, LocalDate day, int number) {
        Reply launch = talk.launch();
        String greeting = launch.speech().startsWith("Good morning, and welcome") ? ""
                : launch.speech().substring(0, launch.speech().indexOf('.') + 1);
        Reply reply = talk.say(kind == 'B' ? "BadBackDayIntent" : "StartRoutineIntent");
        int words = 0;
        String finish = "";
        for (int turn = 0; turn < 40; turn++) {
            String question = reply.question();
            if (question.equals("routine.offer.safety_note") || question.startsWith("reminder.offer")) {
                reply = talk.say("AMAZON.NoIntent");
            } else if (question.equals("level.offer.step_up")) {
                reply = talk.say("AMAZON.YesIntent");
            } else if (question.equals("routine.next")) {
                words += wordsBeforeCounting(reply.ssml());
                reply = talk.say("AMAZON.NextIntent");
            } else if (question.equals("level.how_it_felt")) {
                reply = talk.say("AdjustRoutineIntent", Map.of("change", "the same|SAME"));
            } else {
                break;
            }
            if (reply.speech().contains("Today's tip.")) {
                finish = reply.speech();
            }
        }
        assertThat(reply.endsSession()).as("morning %d ends; last: %s", number, reply.speech()).isTrue();
        if (kind == 'H') {
            assertThat(talk.say("AdjustRoutineIntent", Map.of("change", "too hard|EASIER")).speech())
                    .contains("Level 3 from today");
        }
        Matcher tip = TIP.matcher(finish);
        UserProfile profile = stored(db.store(), talk.userId());
        assertThat(profile.streak().lastMorning()).as("morning %d counted", number).isEqualTo(day);
        return new Morning(number, day, profile.progress().level(), words, greeting,
                finish.substring(0, Math.max(0, finish.indexOf('.') + 1)), tip.find() ? tip.group(1) : "");
    }

    /**
     * Words said in a part before the counting starts: before the moment of quiet that leads the first repetition,
     * the first "Hold." or the first change of side; a part with none of them is all words.
     */
    static int wordsBeforeCounting(String ssml) {
        int end = ssml.length();
        for (String marker : List.of(GET_READY, "Hold.", "<audio ")) {
            int at = ssml.indexOf(marker);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        String said = ssml.substring(0, end).replaceAll("<[^>]+>", " ").trim();
        return said.isEmpty() ? 0 : said.split("\\s+").length;
    }

    @Test
    void theWeek_shouldStartOnTheLocalesFirstDay_andLastWeekBeSaidOnceOnItsFirstLaunch() {
        Map<String, String> mondayLaunch = new LinkedHashMap<>();
        for (String locale : List.of("en-US", "en-GB", "es-ES")) {
            SkillConversation talk = new SkillConversation(TestServices.with(db.store(), clock, ZoneId.of("UTC")))
                    .inLocale(locale).asUser("amzn1.ask.account.WEEK-" + locale);
            for (String day : List.of("2026-11-06", "2026-11-07", "2026-11-08")) {
                clock.set(java.time.Instant.parse(day + "T07:00:00Z"));
                talk.completeRoutine();
                talk.say("AMAZON.StopIntent");
            }
            clock.set(java.time.Instant.parse("2026-11-09T07:00:00Z"));
            mondayLaunch.put(locale, talk.launch().speech());
            assertThat(talk.launch().speech()).as("second launch that week, " + locale)
                    .doesNotContain("Last week", "semana pasada");
        }

        assertThat(mondayLaunch.get("en-US")).contains("1 of 5 so far this week").doesNotContain("Last week");
        assertThat(mondayLaunch.get("en-GB")).contains("Last week: 3 of 5", "0 of 5 so far this week");
        assertThat(mondayLaunch.get("es-ES")).contains("La semana pasada: 3 de 5", "Llevas 0 de 5 esta semana");
    }

    @Test
    void aStepUpTakenBeforeTheRoutine_shouldLeadItsFirstPartAtTheNewLevel_withTheWhyBack() {
        SkillConversation talk = conversationIn(NEW_YORK, "amzn1.ask.account.STEP-UP");
        for (int day = 0; day < 3; day++) {
            clock.set(FIRST_DAY.plusDays(day).atTime(7, 0).atZone(NEW_YORK).toInstant());
            talk.completeRoutine();
            talk.say("AMAZON.StopIntent");
        }
        clock.set(FIRST_DAY.plusDays(3).atTime(7, 0).atZone(NEW_YORK).toInstant());
        talk.launch();

        assertThat(talk.say("StartRoutineIntent").question()).isEqualTo("level.offer.step_up");
        Reply first = talk.say("AMAZON.YesIntent");

        assertThat(first.speech()).contains("Level 2 from today", "This lets your back wake up");
        assertThat(stored(db.store(), talk.userId()).progress().level()).isEqualTo(2);
    }

}
