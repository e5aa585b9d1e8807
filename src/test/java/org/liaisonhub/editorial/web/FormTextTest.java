package org.liaisonhub.editorial.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FormTextTest {

    @Test
    void join_listsTheValuesSortedAndSeparatedByCommas() {
        assertThat(FormText.join(Set.of("Eurojust", "EJN", "CARIN"))).isEqualTo("CARIN, EJN, Eurojust");
        assertThat(FormText.join(Set.of())).isEmpty();
    }

    @Test
    void split_acceptsCommasSemicolonsAndLineBreaks_keepsTheTypedOrder_andDropsBlanks() {
        assertThat(FormText.split(" EJN,CARIN ;\n Eurojust;; ,\n")).containsExactly("EJN", "CARIN", "Eurojust");
    }

    @Test
    void split_ofNothing_isAnEmptySet() {
        assertThat(FormText.split(null)).isEmpty();
        assertThat(FormText.split("  \n ")).isEmpty();
    }

    @Test
    void split_keepsOneOfEachValue() {
        assertThat(FormText.split("en, fr, en")).containsExactly("en", "fr");
    }

    @Test
    void countryCode_isStrippedAndInCapitals_whateverItIs() {
        assertThat(FormText.countryCode(" se ")).isEqualTo("SE");
        assertThat(FormText.countryCode("xx"))
                .as("unknown codes are the service's to refuse")
                .isEqualTo("XX");
        assertThat(FormText.countryCode(null)).isNull();
        assertThat(FormText.countryCode("")).isEmpty();
    }
}
