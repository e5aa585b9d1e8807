package org.liaisonhub.catalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void toE164_readsInternationalNumbersWhateverTheRegion() {
        assertThat(PhoneNumbers.toE164("+46 10-443 50 00", null)).isEqualTo("+46104435000");
        assertThat(PhoneNumbers.toE164("+33 1 44 77 63 00", "SE")).isEqualTo("+33144776300");
    }

    @Test
    void toE164_readsANationalNumberOnlyWithARegion() {
        assertThat(PhoneNumbers.toE164("010-443 50 00", "SE")).isEqualTo("+46104435000");
        assertThat(PhoneNumbers.toE164("010-443 50 00", null)).isNull();
    }

    @Test
    void toE164_isNullForWhatIsNoPossibleNumber() {
        assertThat(PhoneNumbers.toE164("12 x", "SE")).isNull();
        assertThat(PhoneNumbers.toE164("+46 123", null)).isNull();
        assertThat(PhoneNumbers.toE164(null, "SE")).isNull();
    }

    @Test
    void normalised_keepsWhatCannotBeRead_soTheRuleCanQuoteIt() {
        assertThat(PhoneNumbers.normalised("+46 10 443 50 00", null)).isEqualTo("+46104435000");
        assertThat(PhoneNumbers.normalised("12 x", "SE")).isEqualTo("12 x");
        assertThat(PhoneNumbers.normalised(null, "SE")).isNull();
    }

    @Test
    void fault_tellsUnreadableFromImpossibleFromBadlyWritten() {
        assertThat(PhoneNumbers.fault("+46104435000")).isNull();
        assertThat(PhoneNumbers.fault("0104435000")).isEqualTo(PhoneNumbers.Fault.NOT_A_NUMBER);
        assertThat(PhoneNumbers.fault("+46 123")).isEqualTo(PhoneNumbers.Fault.NOT_POSSIBLE);
        assertThat(PhoneNumbers.fault("+46 10 443 50 00")).isEqualTo(PhoneNumbers.Fault.NOT_E164);
    }
}
