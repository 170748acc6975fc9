package com.morningbackcoach.logging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeLogTest {

    @Test
    void text_withLineBreaks_shouldStayOnOneLine() {
        String forged = "timed out\n2026-11-24 07:00:00 INFO user 1234 deleted everything\r\n";

        assertThat(SafeLog.text(forged)).doesNotContain("\n", "\r").contains("\\n", "\\r");
    }

    @Test
    void text_veryLong_shouldBeCutShort_andSayHowLongItWas() {
        String flood = "x".repeat(50_000);

        assertThat(SafeLog.text(flood)).hasSizeLessThan(SafeLog.MAX_TEXT + 30).endsWith("(50000 chars)");
    }

    @Test
    void text_controlCharacters_shouldBeEscaped() {
        assertThat(SafeLog.text("a\u0000b\u001bc\u2028d")).isEqualTo("a\\u0000b\\u001bc\\u2028d");
        assertThat(SafeLog.text(null)).isEqualTo("null");
    }

    @Test
    void throwable_shouldKeepTypesAndFrames_butMakeEveryMessageSafe() {
        IllegalStateException cause = new IllegalStateException("bad\ninput " + "y".repeat(5_000));
        RuntimeException thrown = new RuntimeException("outer\nline", cause);

        Throwable logged = SafeLog.throwable(thrown);

        assertThat(logged.getMessage()).startsWith("java.lang.RuntimeException: outer\\nline").doesNotContain("\n");
        assertThat(logged.getCause().getMessage()).startsWith("java.lang.IllegalStateException: bad\\ninput")
                .hasSizeLessThan(SafeLog.MAX_TEXT + 80);
        assertThat(logged.getStackTrace()).isEqualTo(thrown.getStackTrace());
    }

    @Test
    void user_shouldBeAShortOneWayTag() {
        String tag = SafeLog.user("amzn1.ask.account.SOMEONE");

        assertThat(tag).hasSize(12).doesNotContain("SOMEONE").isEqualTo(SafeLog.user("amzn1.ask.account.SOMEONE"));
        assertThat(SafeLog.user(null)).isEqualTo("anonymous");
    }
}
