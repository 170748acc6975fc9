package com.morningbackcoach.selfcheck;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerdictTest {

    /** Every yes/no combination of seven answers, as bit patterns: bit i set means question i+1 answered no. */
    private static List<CheckAnswers> allCombinations() {
        List<CheckAnswers> all = new ArrayList<>();
        for (int pattern = 0; pattern < 1 << CheckQuestion.COUNT; pattern++) {
            List<CheckAnswer> answers = new ArrayList<>();
            for (int i = 0; i < CheckQuestion.COUNT; i++) {
                answers.add((pattern & 1 << i) != 0 ? CheckAnswer.NO : CheckAnswer.YES);
            }
            all.add(new CheckAnswers(answers));
        }
        return all;
    }

    @Test
    void all128Combinations_shouldFollowTheRule() {
        List<CheckAnswers> all = allCombinations();
        assertThat(all).hasSize(128).doesNotHaveDuplicates();

        for (CheckAnswers answers : all) {
            Verdict verdict = Verdict.of(answers);
            long no = answers.answers().stream().filter(a -> a == CheckAnswer.NO).count();
            boolean firm = answers.answers().get(1) == CheckAnswer.NO || answers.answers().get(6) == CheckAnswer.NO;

            assertThat(verdict.noCount()).as(answers.codes()).isEqualTo(no);
            assertThat(verdict.likelyBenign()).as(answers.codes()).isEqualTo(no <= 1);
            assertThat(verdict.firmConcerns().isEmpty()).as(answers.codes()).isEqualTo(!firm);
            assertThat(verdict.answeredNo()).as(answers.codes())
                    .allSatisfy(q -> assertThat(answers.answers().get(q.ordinal())).isEqualTo(CheckAnswer.NO));
        }
    }

    @Test
    void unsure_shouldCountAsNo() {
        CheckAnswers answers = CheckAnswers.fromCodes("YUYYYYU");

        Verdict verdict = Verdict.of(answers);

        assertThat(verdict.noCount()).isEqualTo(2);
        assertThat(verdict.likelyBenign()).isFalse();
        assertThat(verdict.firmConcerns()).containsExactly(CheckQuestion.PAINLESS, CheckQuestion.NO_RECENT_INJURY);
    }

    @Test
    void unfinishedAnswers_shouldHaveNoVerdict() {
        assertThatThrownBy(() -> Verdict.of(CheckAnswers.fromCodes("YYY"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codes_shouldRoundTrip_andRejectStrangers() {
        assertThat(CheckAnswers.fromCodes("YNUYNUY").codes()).isEqualTo("YNUYNUY");
        assertThatThrownBy(() -> CheckAnswers.fromCodes("YX")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CheckAnswers.fromCodes("YYYYYYYY")).isInstanceOf(IllegalArgumentException.class);
    }
}
