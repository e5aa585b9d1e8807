package org.liaisonhub.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HttpCaseTest {

    @Test
    void warmUpIsSteadyWhenTwoRoundsInARowAreWithinTenPercent() {
        assertFalse(HttpCase.steady(-1, 1_000), "the first round has nothing to compare with");
        assertFalse(HttpCase.steady(1_400, 1_930), "still climbing");
        assertFalse(HttpCase.steady(1_930, 1_700), "falling by more than 10 %");
        assertTrue(HttpCase.steady(1_930, 2_050));
        assertTrue(HttpCase.steady(2_050, 1_950));
    }
}
