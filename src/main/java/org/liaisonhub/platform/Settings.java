package org.liaisonhub.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Deployment settings, read through MicroProfile Config (WildFly's microprofile-config-smallrye subsystem): a system
 * property (e.g. {@code -Dliaison.demo-data=true}) or else the matching environment variable
 * ({@code LIAISON_DEMO_DATA=true}; MicroProfile Config maps the name itself). A blank value counts as none.
 */
@ApplicationScoped
public class Settings {

    public static final String DEMO_DATA = "liaison.demo-data";
    /**
     * The second, explicit switch for demo data on a database other than H2: the demo accounts have published
     * passwords, so they never reach a real (PostgreSQL) installation by accident. Only the integration tests set it.
     */
    public static final String DEMO_DATA_BEYOND_H2 = "liaison.demo-data.allow-non-h2";

    public static final String ADMIN_USER = "liaison.admin.user";
    public static final String ADMIN_PASSWORD = "liaison.admin.password";

    private final Config config;

    Settings() {
        this(null); // for CDI's client proxy only
    }

    @Inject
    public Settings(Config config) {
        this.config = config;
    }

    /**
     * The first administrator of a new installation, from {@value #ADMIN_USER} and {@value #ADMIN_PASSWORD} (or
     * LIAISON_ADMIN_USER / LIAISON_ADMIN_PASSWORD); created at start-up when no user of that name exists. Empty when
     * either is missing.
     */
    public Optional<String[]> bootstrapAdmin() {
        Optional<String> user = value(ADMIN_USER);
        Optional<String> password = value(ADMIN_PASSWORD);
        return user.isPresent() && password.isPresent()
                ? Optional.of(new String[] {user.get(), password.get()})
                : Optional.empty();
    }

    /** Whether demo data (and its demo accounts) was asked for; off unless {@value #DEMO_DATA} says so. */
    public boolean demoDataEnabled() {
        return flag(DEMO_DATA, false);
    }

    public boolean demoDataBeyondH2Allowed() {
        return flag(DEMO_DATA_BEYOND_H2, false);
    }

    /**
     * Whether to load the demo data on a database named by {@code databaseProductName} (JDBC's): only when asked
     * for, and on anything but H2 only when {@value #DEMO_DATA_BEYOND_H2} says so too.
     */
    public static boolean loadDemoData(boolean asked, boolean beyondH2Allowed, String databaseProductName) {
        return asked && ("H2".equalsIgnoreCase(databaseProductName) || beyondH2Allowed);
    }

    /** A switch: on for any value but {@code false}, {@code 0} or {@code no} (not MicroProfile's stricter boolean). */
    boolean flag(String name, boolean fallback) {
        return value(name)
                .map(v -> !v.equalsIgnoreCase("false") && !v.equals("0") && !v.equalsIgnoreCase("no"))
                .orElse(fallback);
    }

    Optional<String> value(String name) {
        return config.getOptionalValue(name, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }
}
