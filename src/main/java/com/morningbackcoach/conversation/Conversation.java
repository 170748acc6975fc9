package com.morningbackcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Session;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.Resolutions;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;
import com.morningbackcoach.speech.Speech;
import com.morningbackcoach.user.TimeBudget;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One turn of talk with one user, built once per request: the request's facts, typed access to the session, the
 * activity the user is in, the question left open by the previous reply, and the user's profile.
 */
public final class Conversation {

    static final String REQUEST_ATTRIBUTE = Conversation.class.getName();
    static final String ACTIVITY = "activity";
    static final SessionKey<String> QUESTION = SessionKey.text("question", Pattern.compile("[\\w.]{1,64}"));
    static final SessionKey<String> DECLINED = SessionKey.text("declined", Pattern.compile("[a-z]+(,[a-z]+)*"));
    /** The kind of the activity left for the current one, such as the routine left for a self-check. */
    static final SessionKey<String> CAME_FROM = SessionKey.text("cameFrom", Pattern.compile("[a-zA-Z]{1,32}"));
    /** How many times in a row the open question has been asked, when more than once. */
    static final SessionKey<Integer> ASKED_AGAIN = SessionKey.number("askedAgain", 2, 2);
    /** The answers and moves after which the same question, at the same place, counts as asked again. */
    private static final Set<String> MAY_ASK_AGAIN = Set.of(Intents.YES, Intents.NO,
            Intents.NOT_SURE, Intents.HELP, Intents.FALLBACK, Intents.NEXT);
    /** How far a request's own timestamp may stray from the clock before the clock is trusted instead. */
    static final Duration TIMESTAMP_TRUST = Duration.ofMinutes(5);
    /** What a turn may spend on storage, so the user hears an answer within three seconds even when it fails. */
    public static final Duration STORAGE_BUDGET = Duration.ofMillis(2200);

    private final HandlerInput input;
    private final Dialog dialog;
    private final SkillServices services;
    private final Map<String, Object> session;
    private final Speech speech;
    private final Instant now;
    private final Question openQuestion;
    private final ProfileSession profile;
    private final TimeBudget budget = TimeBudget.of(STORAGE_BUDGET);
    private String heardAs;
    private boolean nothingToAnswer;
    private final Object activityAtStart;

    Conversation(HandlerInput input, SkillServices services, Dialog dialog) {
        this.input = input;
        this.dialog = dialog;
        this.services = services;
        this.session = sessionAttributes(input);
        this.speech = Speech.forLocale(request().getLocale());
        this.now = turnInstant(request(), services.clock().instant());
        this.openQuestion = get(QUESTION).flatMap(dialog::question).orElse(null);
        this.activityAtStart = session.get(ACTIVITY);
        this.profile = new ProfileSession(services, this, userIdOf(input.getRequestEnvelope()));
    }

    /** The conversation the request interceptor built for this request. */
    public static Conversation of(HandlerInput input) {
        Object built = input.getAttributesManager().getRequestAttributes().get(REQUEST_ATTRIBUTE);
        if (built instanceof Conversation conversation) {
            return conversation;
        }
        throw new IllegalStateException("No conversation for this request: is the interceptor registered?");
    }

    /** A stable key for the user, for choices that must stay the same for them on a day; empty without a user. */
    public String userKey() {
        return userIdOf(input.getRequestEnvelope()).orElse("");
    }

    public HandlerInput input() {
        return input;
    }

    public Speech speech() {
        return speech;
    }

    /** What the skill reaches outside itself: the store, the clock, the Alexa APIs. */
    public SkillServices services() {
        return services;
    }

    /** The clock of this turn: the request's own timestamp, unless it is missing or far from the real time. */
    public Instant now() {
        return now;
    }

    public Request request() {
        return input.getRequestEnvelope().getRequest();
    }

    /**
     * The intent's name, or an empty string for any other request. A tap on a screen's button names the intent it
     * stands for, so it is handled exactly as saying it.
     */
    public String intentName() {
        if (request() instanceof UserEvent touch) {
            return tappedIntent(touch);
        }
        if (heardAs == null) {
            heardAs = spokenIntentName();
            if (!heardAs.isEmpty()) {
                heardAs = dialog.reroutes().stream().map(reroute -> reroute.intentFor(this))
                        .flatMap(Optional::stream).findFirst().orElse(heardAs);
            }
        }
        return heardAs;
    }

    /** The intent as the model understood the words, before any {@link Reroute}; empty for other requests. */
    public String spokenIntentName() {
        return request() instanceof IntentRequest intent && intent.getIntent() != null
                && intent.getIntent().getName() != null ? intent.getIntent().getName() : "";
    }

    /** What was said for every slot, as heard, whatever it resolved to. */
    public List<String> spokenSlotValues() {
        if (request() instanceof IntentRequest intent && intent.getIntent() != null
                && intent.getIntent().getSlots() != null) {
            return intent.getIntent().getSlots().values().stream().filter(Objects::nonNull)
                    .map(Slot::getValue).filter(value -> value != null && !value.isBlank()).toList();
        }
        return List.of();
    }

    private String tappedIntent(UserEvent touch) {
        List<Object> arguments = touch.getArguments();
        if (arguments != null && arguments.size() == 2 && "intent".equals(arguments.get(0))
                && arguments.get(1) instanceof String intent && dialog.isTouchable(intent)) {
            return intent;
        }
        return "";
    }

    public boolean isIntent(String name) {
        return intentName().equals(name);
    }

    /** True when the request belongs to a session (skill events such as SkillDisabled do not). */
    public boolean hasSession() {
        return input.getRequestEnvelope().getSession() != null;
    }

    public boolean isNewSession() {
        Session current = input.getRequestEnvelope().getSession();
        return current == null || !Boolean.FALSE.equals(current.getNew());
    }

    /** True for a request that opened the session by itself, as in "ask morning back coach why my back cracks". */
    public boolean isOneShot() {
        return hasSession() && isNewSession() && !(request() instanceof LaunchRequest);
    }

    /** What was said for a slot, if anything. */
    public Optional<String> slotValue(String name) {
        return slot(name).map(Slot::getValue).filter(value -> !value.isBlank());
    }

    /** The id of the slot type value a slot resolved to, by entity resolution; empty when it matched none. */
    public Optional<String> resolvedSlotId(String name) {
        List<Resolution> resolutions = slot(name).map(Slot::getResolutions)
                .map(Resolutions::getResolutionsPerAuthority).orElse(List.of());
        return resolutions.stream()
                .filter(Objects::nonNull)
                .filter(resolution -> resolution.getStatus() != null
                        && resolution.getStatus().getCode() == StatusCode.ER_SUCCESS_MATCH)
                .map(Resolution::getValues)
                .filter(Objects::nonNull)
                .flatMap(List::stream)
                .map(ValueWrapper::getValue)
                .filter(value -> value != null && value.getId() != null && !value.getId().isBlank())
                .map(value -> value.getId())
                .findFirst();
    }

    public <T> Optional<T> get(SessionKey<T> key) {
        return key.decode(session.get(key.name()));
    }

    public <T> void set(SessionKey<T> key, T value) {
        session.put(key.name(), key.encode(Objects.requireNonNull(value)));
    }

    public void clear(SessionKey<?> key) {
        session.remove(key.name());
    }

    /** The state of {@code activity}, when the session is in it and the state reads back whole. */
    public <T> Optional<T> activity(Activity<T> activity) {
        if (session.get(ACTIVITY) instanceof Map<?, ?> kept && activity.kind().equals(kept.get("kind"))) {
            return activity.state().decode(kept.get("state"));
        }
        return Optional.empty();
    }

    public boolean isIn(Activity<?> activity) {
        return activity(activity).isPresent();
    }

    /** The activity the session is in, if it is in one this skill registered. */
    public Optional<Activity<?>> currentActivity() {
        return session.get(ACTIVITY) instanceof Map<?, ?> kept && kept.get("kind") instanceof String kind
                ? dialog.activity(kind).filter(this::isIn)
                : Optional.empty();
    }

    /** Puts the session in {@code activity} at {@code state}, leaving any other activity. */
    public <T> void enter(Activity<T> activity, T state) {
        Optional<Activity<?>> current = currentActivity();
        if (current.isEmpty()) {
            clear(CAME_FROM);
        } else if (!current.get().kind().equals(activity.kind())) {
            set(CAME_FROM, current.get().kind());
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("kind", activity.kind());
        kept.put("state", activity.state().encode(state));
        session.put(ACTIVITY, kept);
    }

    public void leaveActivity() {
        session.remove(ACTIVITY);
    }

    /** The question the previous reply left open, if any. */
    public Optional<Question> openQuestion() {
        return Optional.ofNullable(openQuestion);
    }

    /** Whether the previous reply left {@code question} open. */
    public boolean asks(Question question) {
        return question.equals(openQuestion);
    }

    /**
     * After a detour such as an answer, the way back: the current activity's question with {@code lead} said first,
     * or empty when the user is in no activity.
     */
    public Optional<Reply> backToActivity(String lead) {
        return currentActivity().map(activity -> activity.resume().resume(this).withLead(lead));
    }

    /**
     * After a side trip in a session that began without the activity (as after Alexa's permission question), the
     * offer to pick up what was kept, such as this morning's routine, with {@code lead} said first.
     */
    public Optional<Reply> pickUp(String lead) {
        return dialog.pickUpOffer(this).map(reply -> reply.withLead(lead));
    }

    /**
     * Leaving an activity started in the middle of another, such as a self-check asked for mid-routine: back to the
     * earlier one's question, with {@code lead} said first; empty when it was started on its own.
     */
    public Optional<Reply> backToEarlierActivity(String lead) {
        Optional<Activity<?>> earlier = get(CAME_FROM).flatMap(dialog::activity);
        clear(CAME_FROM);
        leaveActivity();
        return earlier.map(activity -> activity.resume().resume(this).withLead(lead));
    }

    /** {@link #backToActivity}, or else the menu's question. */
    public Reply backToWhereWeWere(String lead) {
        return backToActivity(lead).orElseGet(() -> dialog.home().prompt(this).withLead(lead));
    }

    /** Notes that the user said no to an offer this session, so it is not made again; names are lowercase words. */
    public void decline(String offer) {
        if (!hasDeclined(offer)) {
            set(DECLINED, get(DECLINED).map(earlier -> earlier + "," + offer).orElse(offer));
        }
    }

    public boolean hasDeclined(String offer) {
        return get(DECLINED).map(all -> List.of(all.split(",")).contains(offer)).orElse(false);
    }

    public Dialog dialog() {
        return dialog;
    }

    public ProfileSession profile() {
        return profile;
    }

    /** The time this turn may still spend on storage. */
    public TimeBudget budget() {
        return budget;
    }

    /**
     * A question is never asked a third time in a row: when {@code reply} would ask the open question again, at the
     * same place, after a yes, no, next, help or a line not understood that did not move on, the question's safe
     * default is taken instead, and said.
     */
    Reply notAThirdTime(Reply reply) {
        boolean askedAgain = openQuestion != null && (MAY_ASK_AGAIN.contains(intentName()) || nothingToAnswer)
                && reply.openQuestion().filter(openQuestion::equals).isPresent()
                && Objects.equals(activityAtStart, session.get(ACTIVITY));
        if (!askedAgain) {
            clear(ASKED_AGAIN);
            return reply;
        }
        if (get(ASKED_AGAIN).isEmpty()) {
            set(ASKED_AGAIN, 2);
            return reply;
        }
        clear(ASKED_AGAIN);
        Reply byDefault = openQuestion.byDefault(this);
        return isIntent(Intents.HELP) ? byDefault.withLead(speech.say("question.wayOut")) : byDefault;
    }

    /**
     * Notes that this turn's words named nothing the skill could answer (a topic or a change it does not know), so
     * that asking the open question again counts as asked again, as after a line not understood.
     */
    public void heardNothingToAnswer() {
        nothingToAnswer = true;
    }

    /** Writes the reply's open question into the session, so the next turn can route the answer. */
    void remember(Reply reply) {
        reply.openQuestion().ifPresentOrElse(question -> set(QUESTION, question.id()), () -> clear(QUESTION));
    }

    private static Map<String, Object> sessionAttributes(HandlerInput input) {
        if (input.getRequestEnvelope().getSession() == null) {
            return new HashMap<>();
        }
        Map<String, Object> attributes = input.getAttributesManager().getSessionAttributes();
        return attributes == null ? new HashMap<>() : attributes;
    }

    private static Instant turnInstant(Request request, Instant clock) {
        if (request == null || request.getTimestamp() == null) {
            return clock;
        }
        Instant stamped = request.getTimestamp().toInstant();
        return Duration.between(stamped, clock).abs().compareTo(TIMESTAMP_TRUST) <= 0 ? stamped : clock;
    }

    private Optional<Slot> slot(String name) {
        if (request() instanceof IntentRequest intent && intent.getIntent() != null
                && intent.getIntent().getSlots() != null) {
            return Optional.ofNullable(intent.getIntent().getSlots().get(name));
        }
        return Optional.empty();
    }

    private static Optional<String> userIdOf(RequestEnvelope envelope) {
        if (envelope.getContext() != null && envelope.getContext().getSystem() != null
                && envelope.getContext().getSystem().getUser() != null) {
            return Optional.ofNullable(envelope.getContext().getSystem().getUser().getUserId()).filter(id -> !id.isBlank());
        }
        if (envelope.getSession() != null && envelope.getSession().getUser() != null) {
            return Optional.ofNullable(envelope.getSession().getUser().getUserId()).filter(id -> !id.isBlank());
        }
        return Optional.empty();
    }
}
