package com.morningbackcoach.conversation;

/** A simple card for the Alexa app: a title and plain text, never SSML. */
public record Card(String title, String text) {
}
