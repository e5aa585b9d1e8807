package org.liaisonhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class SettingsTest {

    /** A MicroProfile Config holding {@code values}, as WildFly's would from system properties and environment. */
    private static Settings settings(Map<String, String> values) {
        Config config = (Config) Proxy.newProxyInstance(
                SettingsTest.class.getClassLoader(), new Class<?>[] {Config.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getOptionalValue") && args[1] == String.class) {
                        return Optional.ofNullable(values.get((String) args[0]));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new Settings(config);
    }

    @Test
    void demoData_isOffUnlessAskedFor() {
        assertThat(settings(Map.of()).demoDataEnabled()).isFalse();
        assertThat(settings(Map.of(Settings.DEMO_DATA, "  ")).demoDataEnabled())
                .as("blank")
                .isFalse();
        assertThat(Settings.loadDemoData(false, true, "H2")).isFalse();
    }

    @Test
    void aSwitch_isOnForAnyValueButFalseZeroOrNo() {
        assertThat(settings(Map.of(Settings.DEMO_DATA, "true")).demoDataEnabled())
                .isTrue();
        assertThat(settings(Map.of(Settings.DEMO_DATA, " yes ")).demoDataEnabled())
                .isTrue();
        assertThat(settings(Map.of(Settings.DEMO_DATA, "1")).demoDataEnabled()).isTrue();
        assertThat(settings(Map.of(Settings.DEMO_DATA, "FALSE")).demoDataEnabled())
                .isFalse();
        assertThat(settings(Map.of(Settings.DEMO_DATA, "0")).demoDataEnabled()).isFalse();
        assertThat(settings(Map.of(Settings.DEMO_DATA, "No")).demoDataEnabled()).isFalse();
        assertThat(settings(Map.of(Settings.DEMO_DATA_BEYOND_H2, "true")).demoDataBeyondH2Allowed())
                .isTrue();
        assertThat(settings(Map.of(Settings.DEMO_DATA_BEYOND_H2, "true")).demoDataEnabled())
                .isFalse();
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

    @Test
    void theFirstAdmin_needsBothNameAndPassword_stripped() {
        assertThat(settings(Map.of(Settings.ADMIN_USER, " admin ", Settings.ADMIN_PASSWORD, "secret-pass-1"))
                        .bootstrapAdmin())
                .hasValueSatisfying(admin -> assertThat(admin).containsExactly("admin", "secret-pass-1"));
        assertThat(settings(Map.of(Settings.ADMIN_USER, "admin")).bootstrapAdmin())
                .isEmpty();
        assertThat(settings(Map.of(Settings.ADMIN_USER, "admin", Settings.ADMIN_PASSWORD, " "))
                        .bootstrapAdmin())
                .isEmpty();
    }
}
