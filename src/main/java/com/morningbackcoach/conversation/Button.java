package com.morningbackcoach.conversation;

/** A screen's button: its label, the intent a tap stands for, and whether a round screen, with room for few, shows it. */
public record Button(String label, String intent, boolean primary) {
}
