package org.liaisonhub.security.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;
import org.liaisonhub.platform.Settings;
import org.liaisonhub.platform.StartupStep;
import org.liaisonhub.security.domain.Role;

/** The first administrator at startup: the operator's, if given; otherwise, if none exists, a setup token. */
public final class AdminAtStartup {

    private static final Logger LOG = Logger.getLogger(AdminAtStartup.class.getName());

    private AdminAtStartup() {}

    /** {@code liaison.admin.user} and {@code liaison.admin.password}, if set: that administrator, once. */
    @Dependent
    public static class BootstrapAdmin implements StartupStep {

        @Inject
        UserService users;

        @Inject
        Settings settings;

        @Override
        public int order() {
            return BOOTSTRAP_ADMIN;
        }

        @Override
        public void run() {
            settings.bootstrapAdmin().ifPresent(admin -> users.createIfAbsent(admin[0], admin[1], Set.of(Role.ADMIN)));
        }
    }

    /** Still no administrator after every other step: a one-time setup token in the log. */
    @Dependent
    public static class SetupToken implements StartupStep {

        @Inject
        AdminSetupService setup;

        @Override
        public int order() {
            return ADMIN_SETUP;
        }

        @Override
        public void run() {
            setup.openIfNoAdmin()
                    .ifPresent(token -> LOG.warning(() -> "No administrator exists yet. Within "
                            + AdminSetupService.LIFETIME.toMinutes() + " minutes, create the first one, once, with this"
                            + " token: POST /api/setup {\"token\": \"" + token
                            + "\", \"username\": \"…\", \"password\":"
                            + " \"…\"} (or restart with liaison.admin.user and liaison.admin.password set)."));
        }
    }
}
