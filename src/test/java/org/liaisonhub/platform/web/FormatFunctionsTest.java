package org.liaisonhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormatFunctionsTest {

    private final FormatFunctions format = new FormatFunctions();

    @Test
    void join_writesEveryValue_inOrder_withTheSeparator() {
        assertThat(format.join(List.of("sv", "en", "fr"), ", ")).isEqualTo("sv, en, fr");
        assertThat(format.join(List.of(1, 2), "; ")).isEqualTo("1; 2");
    }

    @Test
    void join_ofNothing_isEmpty() {
        assertThat(format.join(null, ", ")).isEmpty();
        assertThat(format.join(List.of(), ", ")).isEmpty();
    }

    @Test
    void detailPage_isTheEntrysPage_withTheKeyEncoded() {
        assertThat(format.detailPage("contact", "se-npa/mla")).isEqualTo("/directory/contact.xhtml?key=se-npa%2Fmla");
        assertThat(format.detailPage("practice", "se")).isEqualTo("/practices/practice.xhtml?key=se");
    }
}
