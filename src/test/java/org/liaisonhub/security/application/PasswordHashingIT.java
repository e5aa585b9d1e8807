package org.liaisonhub.security.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.UserTransaction;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisonhub.security.domain.AppUser;
import org.liaisonhub.security.domain.Role;
import org.liaisonhub.testing.LiaisonDeployments;

/** Password hashes and the credential cache, inside the server with Jakarta Security's own PBKDF2 hasher. */
@ExtendWith(ArquillianExtension.class)
class PasswordHashingIT {

    @Deployment
    static WebArchive app() {
        return LiaisonDeployments.applicationWith(PasswordHashingIT.class);
    }

    @Inject
    LiaisonIdentityStore identities;

    @Inject
    UserService userService;

    @Inject
    PasswordHashing passwords;

    /** Jakarta Security's hasher with its defaults: what Liaison used before (2,048 iterations). */
    @Inject
    Pbkdf2PasswordHash defaultHasher;

    @Inject
    EntityManager em;

    @Inject
    UserTransaction transaction;

    private static String name() {
        return "h" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String storedHash(String name) {
        return em.createQuery("select u.passwordHash from AppUser u where u.username = :n", String.class)
                .setParameter("n", name)
                .getSingleResult();
    }

    private void addUser(String name, String hash) throws Exception {
        transaction.begin();
        em.persist(new AppUser(name, hash, Set.of(Role.MEMBER)));
        transaction.commit();
    }

    @Test
    void newPasswords_areHashedWithPbkdf2Sha256_600000Iterations() {
        String name = name();
        userService.create(name, "a-good-pass-42", Set.of(Role.MEMBER));

        assertTrue(storedHash(name).startsWith("PBKDF2WithHmacSHA256:600000:"), storedHash(name));
    }

    @Test
    void anOldHash_isReplacedAtTheNextSignIn_withoutEndingSessions() throws Exception {
        String name = name();
        String old = defaultHasher.generate("a-good-pass-42".toCharArray());
        assertTrue(PasswordHashing.isOutdated(old), old.substring(0, 30));
        addUser(name, old);

        var signedIn = identities.check(name, "a-good-pass-42");

        assertTrue(signedIn.isPresent());
        assertTrue(storedHash(name).startsWith("PBKDF2WithHmacSHA256:600000:"), storedHash(name));
        assertEquals(
                signedIn.get().securityStamp(), identities.currentStamp(name).orElseThrow(), "sessions stay");
        assertTrue(identities.check(name, "a-good-pass-42").isPresent(), "the new hash verifies");
    }

    @Test
    void aPasswordChangedElsewhere_isNotAnsweredFromTheCache() throws Exception {
        String name = name();
        userService.create(name, "a-good-pass-42", Set.of(Role.MEMBER));
        assertTrue(identities.check(name, "a-good-pass-42").isPresent()); // now remembered

        // As another node would: a new password and stamp in the database, this node's cache not told.
        transaction.begin();
        em.createQuery("select u from AppUser u where u.username = :n", AppUser.class)
                .setParameter("n", name)
                .getSingleResult()
                .changePassword(passwords.hash("another-pass-77"));
        transaction.commit();

        assertFalse(identities.check(name, "a-good-pass-42").isPresent(), "old password");
        assertTrue(identities.check(name, "another-pass-77").isPresent());
    }

    @Test
    void aDisabledUsersRightPassword_isRefused() {
        String name = name();
        userService.create(name, "a-good-pass-42", Set.of(Role.MEMBER));
        userService.setEnabled("admin", name, false);

        assertFalse(identities.check(name, "a-good-pass-42").isPresent());
        assertFalse(identities.check("nobody-" + name, "a-good-pass-42").isPresent());
    }

    /** Prints the cost of one verification and of a remembered one (a measurement, not asserted). */
    @Test
    void measure_oneVerification_andARememberedOne() {
        String name = name();
        userService.create(name, "a-good-pass-42", Set.of(Role.MEMBER));
        String hash = storedHash(name);
        passwords.verify("a-good-pass-42", hash); // warm-up
        int runs = 5;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            assertTrue(passwords.verify("a-good-pass-42", hash));
        }
        double pbkdf2 = (System.nanoTime() - start) / 1e6 / runs;
        assertTrue(identities.check(name, "a-good-pass-42").isPresent());
        start = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            assertTrue(identities.check(name, "a-good-pass-42").isPresent());
        }
        double cached = (System.nanoTime() - start) / 1e6 / 100;
        System.out.printf(
                "MEASURED PBKDF2-SHA256 600k verification %.1f ms; remembered sign-in check %.2f ms%n", pbkdf2, cached);
    }
}
