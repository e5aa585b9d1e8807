package org.liaisonhub.editorial.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemberNamesTest {

    @Test
    void aComponentIsNamedAsInTheFormat_whereTheNamesDiffer() {
        assertThat(MemberNames.of("authorityKey")).isEqualTo("authority");
        assertThat(MemberNames.of("email")).isEqualTo("email");
    }

    @Test
    void aPathIsRenamedAtItsFirstStepOnly() {
        assertThat(MemberNames.ofPath("authorityKey")).isEqualTo("authority");
        assertThat(MemberNames.ofPath("answers[2].prompt")).isEqualTo("answers[2].prompt");
        assertThat(MemberNames.ofPath("channels[0].address")).isEqualTo("channels[0].address");
    }
}
