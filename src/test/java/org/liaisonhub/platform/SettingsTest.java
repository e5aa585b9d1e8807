package org.liaisonhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void demoData_isOffUnlessAskedFor() {
        // Neither the property nor LIAISON_DEMO_DATA is set for unit tests.
        assertThat(System.getProperty(Settings.DEMO_DATA)).isNull();
        assertThat(Settings.demoDataEnabled()).isFalse();
        assertThat(Settings.loadDemoData(false, true, "H2")).isFalse();
    }

    @Test
    void demoData_onH2_whenAskedFor() {
        assertThat(Settings.loadDemoData(true, false, "H2")).isTrue();
    }

    @Test
    void demoData_onPostgresql_onlyWithTheSecondExplicitFlag() {
        assertThat(Settings.loadDemoData(true, false, "PostgreSQL")).isFalse();
        assertThat(Settings.loadDemoData(true, true, "PostgreSQL")).isTrue();
    }
}
