package com.morningbackcoach.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class SnapStartPrimingTest {

    @Test
    void prime_withoutNetworkOrStore_shouldAnswerEverySyntheticRequest() {
        assertThat(SnapStartPriming.prime()).isEqualTo(SnapStartPriming.REQUESTS.size());
    }

    @Test
    void beforeCheckpoint_shouldPrimeWithoutThrowing() {
        assertThatCode(() -> new SnapStartPriming().beforeCheckpoint(null)).doesNotThrowAnyException();
    }
}
