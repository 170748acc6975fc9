package com.morningbackcoach.app;

import com.amazon.ask.Skill;
import com.morningbackcoach.alexa.HttpApiClient;
import com.morningbackcoach.alexa.SettingsApiZoneLookup;
import com.morningbackcoach.conversation.SkillServices;
import com.morningbackcoach.user.BackgroundUserStore;
import com.morningbackcoach.user.dynamodb.DynamoDbClients;
import com.morningbackcoach.user.dynamodb.DynamoDbSettings;
import com.morningbackcoach.user.dynamodb.DynamoDbUserStore;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The skill as Lambda runs it, wired from environment variables. */
public final class SkillRuntime {

    /** Short, so a slow Alexa API (settings, reminders, timers) costs the user at most a moment. */
    static final Duration ALEXA_API_CONNECT_TIMEOUT = Duration.ofMillis(300);
    static final Duration ALEXA_API_TIMEOUT = Duration.ofMillis(600);

    private final Skill skill;
    private final BackgroundUserStore store;
    private final DynamoDbSettings settings;
    private final Optional<String> skillId;

    private SkillRuntime(Skill skill, BackgroundUserStore store, DynamoDbSettings settings, Optional<String> skillId) {
        this.skill = skill;
        this.store = store;
        this.settings = settings;
        this.skillId = skillId;
    }

    public static SkillRuntime fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static SkillRuntime fromEnvironment(Map<String, String> env) {
        DynamoDbSettings settings = DynamoDbSettings.fromEnvironment(env);
        // Under SnapStart the network warm-up is left to priming, which runs the same path against a loopback stub
        boolean snapStart = "snap-start".equals(env.get("AWS_LAMBDA_INITIALIZATION_TYPE"));
        BackgroundUserStore store = BackgroundUserStore.start(() -> new DynamoDbUserStore(
                DynamoDbClients.create(settings), settings.tableName()).warmUp(!snapStart));
        SkillServices services = SkillServices.builder()
                .store(store)
                .clock(Clock.systemUTC())
                .zoneLookup(new SettingsApiZoneLookup())
                .build();
        Optional<String> skillId = Optional.ofNullable(env.get("SKILL_ID")).filter(id -> !id.isBlank());
        return new SkillRuntime(SkillFactory.create(services, skillId.orElse(null), alexaApiClient()), store, settings,
                skillId);
    }

    /** The client for every Alexa service API call, built once per container. */
    public static HttpApiClient alexaApiClient() {
        return new HttpApiClient(ALEXA_API_CONNECT_TIMEOUT, ALEXA_API_TIMEOUT);
    }

    public Skill skill() {
        return skill;
    }

    /** The skill's user store, as the handlers use it. */
    BackgroundUserStore store() {
        return store;
    }

    /** The skill id requests must carry; empty when any is accepted. */
    Optional<String> skillId() {
        return skillId;
    }

    /**
     * Runs {@code work} with the skill's store calls sent to a DynamoDB client built like the real one but routed to
     * {@code standIn}; the real store is left untouched, and is fully built when this returns.
     */
    <T> T primeThrough(URI standIn, Supplier<T> work) {
        return DynamoDbClients.withStandInStore(settings, standIn, standInStore -> store.standingIn(standInStore, work));
    }
}
