package org.liaisonhub.security.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaisonhub.security.application.AdminSetupService.SetupRefusedException;
import org.liaisonhub.security.domain.Role;

class AdminSetupServiceTest {

    /** A user store with or without an admin, remembering whom it was asked to create. */
    static final class Users extends UserService {
        boolean adminExists;
        String created;

        @Override
        public boolean hasAdmin() {
            return adminExists;
        }

        @Override
        public UserSummary create(String username, String password, Set<Role> roles) {
            created = username;
            adminExists = roles.contains(Role.ADMIN);
            return new UserSummary(username, List.of("admin"), true, Instant.now());
        }
    }

    final SignInThrottleTest.ManualClock clock = new SignInThrottleTest.ManualClock();
    final Users users = new Users();
    final AdminSetupService setup = new AdminSetupService(clock);

    {
        setup.users = users;
    }

    @Test
    void noTokenIsMade_whenAnAdminExists() {
        users.adminExists = true;

        assertThat(setup.openIfNoAdmin()).isEmpty();
    }

    @Test
    void theTokenFromTheLog_createsTheFirstAdmin_once() {
        String token = setup.openIfNoAdmin().orElseThrow();

        setup.createFirstAdmin(token, "alice", "a-long-password-1");
        assertThat(users.created).isEqualTo("alice");

        users.adminExists = false; // even if the admin were gone again, the token is spent
        assertThatThrownBy(() -> setup.createFirstAdmin(token, "mallory", "a-long-password-1"))
                .isInstanceOf(SetupRefusedException.class);
        assertThat(users.created).isEqualTo("alice");
    }

    @Test
    void aWrongToken_isRefused_andTheRightOneStillWorks() {
        String token = setup.openIfNoAdmin().orElseThrow();

        assertThatThrownBy(() -> setup.createFirstAdmin(token + "x", "mallory", "a-long-password-1"))
                .isInstanceOf(SetupRefusedException.class);
        assertThatThrownBy(() -> setup.createFirstAdmin(null, "mallory", "a-long-password-1"))
                .isInstanceOf(SetupRefusedException.class);
        assertThat(users.created).isNull();

        setup.createFirstAdmin(token, "alice", "a-long-password-1");
        assertThat(users.created).isEqualTo("alice");
    }

    @Test
    void anExpiredToken_isRefused() {
        String token = setup.openIfNoAdmin().orElseThrow();
        clock.advance(AdminSetupService.LIFETIME.plus(Duration.ofSeconds(1)));

        assertThatThrownBy(() -> setup.createFirstAdmin(token, "alice", "a-long-password-1"))
                .isInstanceOf(SetupRefusedException.class);
        assertThat(users.created).isNull();
    }

    @Test
    void theToken_isRefused_onceSomeoneElseMadeAnAdmin() {
        String token = setup.openIfNoAdmin().orElseThrow();
        users.adminExists = true;

        assertThatThrownBy(() -> setup.createFirstAdmin(token, "alice", "a-long-password-1"))
                .isInstanceOf(SetupRefusedException.class);
        assertThat(users.created).isNull();
    }

    @Test
    void withoutAnyToken_nothingIsAccepted() {
        assertThatThrownBy(() -> setup.createFirstAdmin("", "alice", "a-long-password-1"))
                .isInstanceOf(SetupRefusedException.class);
    }
}
