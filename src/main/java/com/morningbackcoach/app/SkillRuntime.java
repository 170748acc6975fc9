package com.morningbackcoach.app;

import com.amazon.ask.Skill;
import com.morningbackcoach.alexa.HttpApiClient;
import com.morningbackcoach.alexa.SettingsApiZoneLookup;
import com.morningbackcoach.conversation.SkillServices;
import com.morningbackcoach.user.BackgroundUserStore;
import com.morningbackcoach.user.UserStore;
import com.morningbackcoach.user.dynamodb.DynamoDbClients;
import com.morningbackcoach.user.dynamodb.DynamoDbSettings;
import com.morningbackcoach.user.dynamodb.DynamoDbUserStore;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** The skill as Lambda runs it, wired from environment variables. */
public final class SkillRuntime {

    /** Short, so a slow Alexa API (settings, reminders, timers) costs the user at most a moment. */
    static final Duration ALEXA_API_CONNECT_TIMEOUT = Duration.ofMillis(300);
    static final Duration ALEXA_API_TIMEOUT = Duration.ofMillis(600);

    private final Skill skill;

    private SkillRuntime(Skill skill) {
        this.skill = skill;
    }

    public static SkillRuntime fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static SkillRuntime fromEnvironment(Map<String, String> env) {
        DynamoDbSettings settings = DynamoDbSettings.fromEnvironment(env);
        boolean snapStart = "snap-start".equals(env.get("AWS_LAMBDA_INITIALIZATION_TYPE"));
        UserStore store = BackgroundUserStore.start(() -> new DynamoDbUserStore(
                DynamoDbClients.create(settings), settings.tableName()).warmUp(!snapStart));
        SkillServices services = SkillServices.builder()
                .store(store)
                .clock(Clock.systemUTC())
                .zoneLookup(new SettingsApiZoneLookup())
                .build();
        return new SkillRuntime(SkillFactory.create(services, env.get("SKILL_ID"), alexaApiClient()));
    }

    /** The client for every Alexa service API call, built once per container. */
    public static HttpApiClient alexaApiClient() {
        return new HttpApiClient(ALEXA_API_CONNECT_TIMEOUT, ALEXA_API_TIMEOUT);
    }

    public Skill skill() {
        return skill;
    }
}
