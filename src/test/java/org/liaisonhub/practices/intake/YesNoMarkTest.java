package org.liaisonhub.practices.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YesNoMarkTest {

    @Test
    void aBoldWord_orATickedBox_isTheChoice() {
        assertThat(YesNoMark.at(" **Yes** / No\n\nMore").orElseThrow().choice()).isEqualTo("YES");
        assertThat(YesNoMark.at("\n Yes / **No**").orElseThrow().choice()).isEqualTo("NO");
        assertThat(YesNoMark.at("[ ] Yes / [x] No").orElseThrow().choice()).isEqualTo("NO");
        assertThat(YesNoMark.at("¹ ☒ Yes / ☐ No").orElseThrow().choice())
                .as("after a footnote mark")
                .isEqualTo("YES");
    }

    @Test
    void noMarkOrBothMarked_leaveTheChoiceOpen_andBothIsReported() {
        YesNoMark none = YesNoMark.at("Yes / No").orElseThrow();
        YesNoMark both = YesNoMark.at("**Yes** / **No**").orElseThrow();

        assertThat(none.choice()).isNull();
        assertThat(none.bothMarked()).isFalse();
        assertThat(both.choice()).isNull();
        assertThat(both.bothMarked()).isTrue();
    }

    @Test
    void theEnd_isRightAfterTheNo() {
        String region = " **Yes** / No The answer.";

        assertThat(region.substring(YesNoMark.at(region).orElseThrow().end()))
                .as("white space after it included")
                .isEqualTo("The answer.");
    }

    @Test
    void textThatDoesNotStartWithYesNo_hasNoMark() {
        assertThat(YesNoMark.at("The answer is yes / no.")).isEmpty();
    }
}
