package org.liaisonhub.editorial.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.liaisonhub.security.domain.Role;
import org.liaisonhub.testing.DemoAccounts;

/** The tests' list of demo accounts is the one the demo data creates, so no test signs in as nobody. */
class DemoAccountsTest {

    @Test
    void theTestsDemoAccounts_areTheOnesTheDemoDataCreates() {
        Map<String, Role> listed = DemoAccounts.ALL.stream()
                .collect(Collectors.toMap(DemoAccounts.Account::user, DemoAccounts.Account::role));

        assertThat(listed).isEqualTo(DemoDataLoader.DEMO_ACCOUNTS);
    }

    @Test
    void basicAuthorization_encodesUserAndDemoPassword() {
        assertThat(DemoAccounts.EDITOR.password()).isEqualTo("editor-demo");
        assertThat(DemoAccounts.EDITOR.basicAuthorization()).isEqualTo("Basic ZWRpdG9yOmVkaXRvci1kZW1v");
    }
}
