package org.liaisonhub.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * Deployment settings, read from a system property (e.g. {@code -Dliaison.demo-data=false}) or else the
 * matching environment variable ({@code LIAISON_DEMO_DATA=false}).
 */
public final class Settings {

    public static final String DEMO_DATA = "liaison.demo-data";

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

    public static boolean demoDataEnabled() {
        return flag(DEMO_DATA, true);
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
