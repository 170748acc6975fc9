package com.morningbackcoach.faq;

import java.util.Optional;

/** One question the skill can answer: a stable id, how lists name it, the answer, and for long ones the rest. */
public record FaqTopic(String id, String title, String answer, Optional<String> more) {
}
