package org.liaisonhub.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * Deployment settings, read from a system property (e.g. {@code -Dliaison.demo-data=true}) or else the
 * matching environment variable ({@code LIAISON_DEMO_DATA=true}).
 */
public final class Settings {

    public static final String DEMO_DATA = "liaison.demo-data";
    /**
     * The second, explicit switch for demo data on a database other than H2: the demo accounts have published
     * passwords, so they never reach a real (PostgreSQL) installation by accident. Only the integration tests set it.
     */
    public static final String DEMO_DATA_BEYOND_H2 = "liaison.demo-data.allow-non-h2";

    private Settings() {
    }

    /**
     * The first administrator of a new installation, from {@code liaison.admin.user} and
     * {@code liaison.admin.password} (or LIAISON_ADMIN_USER / LIAISON_ADMIN_PASSWORD); created at start-up
     * when no user of that name exists. Empty when either is missing.
     */
    public static Optional<String[]> bootstrapAdmin() {
        Optional<String> user = value("liaison.admin.user");
        Optional<String> password = value("liaison.admin.password");
        return user.isPresent() && password.isPresent() ? Optional.of(new String[] {user.get(), password.get()})
                : Optional.empty();
    }

    /** Whether demo data (and its demo accounts) was asked for; off unless {@value #DEMO_DATA} says so. */
    public static boolean demoDataEnabled() {
        return flag(DEMO_DATA, false);
    }

    public static boolean demoDataBeyondH2Allowed() {
        return flag(DEMO_DATA_BEYOND_H2, false);
    }

    /**
     * Whether to load the demo data on a database named by {@code databaseProductName} (JDBC's): only when asked
     * for, and on anything but H2 only when {@value #DEMO_DATA_BEYOND_H2} says so too.
     */
    public static boolean loadDemoData(boolean asked, boolean beyondH2Allowed, String databaseProductName) {
        return asked && ("H2".equalsIgnoreCase(databaseProductName) || beyondH2Allowed);
    }

    static boolean flag(String name, boolean fallback) {
        return value(name).map(v -> !v.equalsIgnoreCase("false") && !v.equals("0") && !v.equalsIgnoreCase("no"))
                .orElse(fallback);
    }

    static Optional<String> value(String name) {
        String property = System.getProperty(name);
        if (property != null && !property.isBlank()) {
            return Optional.of(property.strip());
        }
        String env = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        return env == null || env.isBlank() ? Optional.empty() : Optional.of(env.strip());
    }
}
