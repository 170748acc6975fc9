package com.morningbackcoach.conversation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One session attribute: its name, its type, and how it is written to and read back from the session's JSON. A value
 * that is missing, of the wrong type or out of range reads as empty, so a corrupt session falls back safely.
 *
 * @param <T> the value's type
 */
public final class SessionKey<T> {

    private final String name;
    private final Function<T, Object> encode;
    private final Function<Object, T> decode;

    private SessionKey(String name, Function<T, Object> encode, Function<Object, T> decode) {
        this.name = Objects.requireNonNull(name);
        this.encode = encode;
        this.decode = decode;
    }

    /** A key with its own codec; {@code decode} may throw or return null for a value it does not accept. */
    public static <T> SessionKey<T> of(String name, Function<T, Object> encode, Function<Object, T> decode) {
        return new SessionKey<>(name, encode, decode);
    }

    /** A whole number from {@code min} to {@code max}. */
    public static SessionKey<Integer> number(String name, int min, int max) {
        return of(name, value -> value, raw -> raw instanceof Number n && n.doubleValue() == n.intValue()
                && n.intValue() >= min && n.intValue() <= max ? n.intValue() : null);
    }

    public static SessionKey<Boolean> flag(String name) {
        return of(name, value -> value, raw -> raw instanceof Boolean b ? b : null);
    }

    /** Text that matches {@code allowed} in full. */
    public static SessionKey<String> text(String name, Pattern allowed) {
        return of(name, value -> value, raw -> raw instanceof String s && allowed.matcher(s).matches() ? s : null);
    }

    public static SessionKey<LocalDate> date(String name) {
        return of(name, LocalDate::toString, raw -> raw instanceof String s ? LocalDate.parse(s) : null);
    }

    public static <E extends Enum<E>> SessionKey<E> enumeration(String name, Class<E> type) {
        return of(name, Enum::name, raw -> raw instanceof String s ? Enum.valueOf(type, s) : null);
    }

    public String name() {
        return name;
    }

    Object encode(T value) {
        return encode.apply(value);
    }

    Optional<T> decode(Object raw) {
        if (raw == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(decode.apply(raw));
        } catch (RuntimeException corrupt) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
