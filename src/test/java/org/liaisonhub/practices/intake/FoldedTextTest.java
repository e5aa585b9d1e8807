package org.liaisonhub.practices.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldedTextTest {

    @Test
    void caseAccentsMarkupFootnotesAndLineBreaks_areFoldedAway() {
        assertThat(FoldedText.fold("  Has the **Government** used\n  ICTs¹ in Åland’s   Ministère?  "))
                .isEqualTo("has the government used icts in aland’s ministere?");
    }

    @Test
    void eachFoldedCharacter_pointsBackToWhereItStoodInTheOriginal() {
        String original = "1. **Has** the\nGovernment";
        FoldedText folded = FoldedText.of(original);

        int at = folded.text().indexOf("has the government");
        int end = at + "has the government".length();

        assertThat(original.substring(folded.original(at), folded.original(end)))
                .isEqualTo("Has** the\nGovernment");
        assertThat(folded.original(folded.text().length() + 5))
                .as("past the end: the end of the original")
                .isEqualTo(original.length());
    }
}
