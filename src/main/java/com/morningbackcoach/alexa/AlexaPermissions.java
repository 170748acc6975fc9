package com.morningbackcoach.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.PermissionStatus;
import com.amazon.ask.model.Permissions;
import com.amazon.ask.model.Scope;
import com.amazon.ask.model.User;

import java.util.Map;

/** The permissions a request says the user granted the skill. */
public final class AlexaPermissions {

    public static final String REMINDERS = "alexa::alerts:reminders:skill:readwrite";
    public static final String TIMERS = "alexa::alerts:timers:skill:readwrite";

    private AlexaPermissions() {
    }

    /** Whether the request carries {@code scope} as granted. */
    public static boolean granted(HandlerInput input, String scope) {
        Context context = input.getRequestEnvelope().getContext();
        User user = context == null || context.getSystem() == null ? null : context.getSystem().getUser();
        Permissions permissions = user == null ? null : user.getPermissions();
        Map<String, Scope> scopes = permissions == null ? null : permissions.getScopes();
        Scope granted = scopes == null ? null : scopes.get(scope);
        return granted != null && granted.getStatus() == PermissionStatus.GRANTED;
    }
}
