package org.liaisonhub.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.liaisonhub.security.domain.Role;

/**
 * The accounts the demo data creates (one per role, {@code editorial.application.DemoDataLoader}), written down
 * once for every test that signs in as one of them. {@code DemoAccountsTest} keeps this list equal to the loader's.
 */
public final class DemoAccounts {

    public static final Account MEMBER = new Account("member", Role.MEMBER);
    public static final Account EDITOR = new Account("editor", Role.EDITOR);
    public static final Account ADMIN = new Account("admin", Role.ADMIN);

    public static final List<Account> ALL = List.of(MEMBER, EDITOR, ADMIN);

    private DemoAccounts() {}

    /** One demo account: its user name, its password (the name + "-demo", as the README lists it) and role. */
    public record Account(String user, Role role) {

        public String password() {
            return user + "-demo";
        }

        /** The value of an {@code Authorization} header that signs this account in by HTTP Basic. */
        public String basicAuthorization() {
            return "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + password()).getBytes(StandardCharsets.UTF_8));
        }
    }
}
