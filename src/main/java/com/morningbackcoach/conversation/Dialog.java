package com.morningbackcoach.conversation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The questions and activities the features registered, so the base can turn ids kept in the session back into
 * them without knowing the features. Built once, in the wiring.
 */
public final class Dialog {

    private final Map<String, Question> questions = new LinkedHashMap<>();
    private final Map<String, Activity<?>> activities = new LinkedHashMap<>();
    private final Question home;
    private final java.util.Set<String> touchable = new java.util.HashSet<>();
    private final List<Reroute> reroutes = new ArrayList<>();
    private Function<Conversation, Optional<Reply>> pickUp = conversation -> Optional.empty();

    private Dialog(Question home) {
        this.home = home;
    }

    /** @param home the question asked when the user is at the menu and a detour is over */
    public static Dialog withHome(Question home) {
        Dialog dialog = new Dialog(home);
        dialog.add(List.of(home));
        return dialog;
    }

    /** Registers questions; an id registered twice is a wiring mistake. */
    public Dialog add(Collection<? extends Question> more) {
        for (Question question : more) {
            Question earlier = questions.putIfAbsent(question.id(), question);
            if (earlier != null && earlier != question) {
                throw new IllegalStateException("Two questions share the id " + question.id());
            }
        }
        return this;
    }

    public Dialog add(Question... more) {
        return add(List.of(more));
    }

    public Dialog activity(Activity<?> activity) {
        if (activities.putIfAbsent(activity.kind(), activity) != null) {
            throw new IllegalStateException("Two activities share the kind " + activity.kind());
        }
        return add(activity.resume());
    }

    /** Intents a button on a screen may stand for; a tap on one is handled exactly as saying it. */
    public Dialog touchable(String... intents) {
        touchable.addAll(List.of(intents));
        return this;
    }

    /** A reading of the request's words that sends it to another intent; the first that answers wins. */
    public Dialog reroute(Reroute reroute) {
        reroutes.add(reroute);
        return this;
    }

    /**
     * How to offer to pick up something kept between sessions, such as this morning's routine, after a side trip
     * that Alexa's own question interrupted.
     */
    public Dialog pickUp(Function<Conversation, Optional<Reply>> offer) {
        this.pickUp = offer;
        return this;
    }

    Optional<Reply> pickUpOffer(Conversation conversation) {
        return pickUp.apply(conversation);
    }

    public List<Reroute> reroutes() {
        return List.copyOf(reroutes);
    }

    public boolean isTouchable(String intent) {
        return touchable.contains(intent);
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(id == null ? null : questions.get(id));
    }

    public Optional<Activity<?>> activity(String kind) {
        return Optional.ofNullable(kind == null ? null : activities.get(kind));
    }

    public Question home() {
        return home;
    }

    public Collection<Question> questions() {
        return List.copyOf(questions.values());
    }
}
