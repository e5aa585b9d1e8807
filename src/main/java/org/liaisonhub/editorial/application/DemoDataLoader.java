package org.liaisonhub.editorial.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.liaisonhub.editorial.exchange.ExchangeReader;
import org.liaisonhub.platform.AppFlag;
import org.liaisonhub.security.application.UserService;
import org.liaisonhub.security.domain.Role;

/**
 * Loads the demo data on the first start of an empty database, once: a flag row remembers it, so entries
 * an editor later deletes do not come back on restart.
 */
@ApplicationScoped
public class DemoDataLoader {

    public static final String RESOURCE = "/demo/liaison-demo.json";
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    /** Demo accounts, listed in the README as demo-only; never created without the demo data. */
    static final Map<String, Role> DEMO_ACCOUNTS =
            Map.of("member", Role.MEMBER, "editor", Role.EDITOR, "admin", Role.ADMIN);

    private final EntityManager em;
    private final ImportService importer;
    private final UserService users;

    DemoDataLoader() {
        this(null, null, null); // for CDI's client proxy only
    }

    @Inject
    public DemoDataLoader(EntityManager em, ImportService importer, UserService users) {
        this.em = em;
        this.importer = importer;
        this.users = users;
    }

    @Transactional
    public void loadOnce() {
        if (em.find(AppFlag.class, AppFlag.DEMO_DATA_LOADED) != null) {
            LOG.info("Demo data was loaded before; not loading it again.");
            return;
        }
        ImportResult result = importer.importDocument(ExchangeReader.read(demoDocument()));
        DEMO_ACCOUNTS.forEach((name, role) -> users.createIfAbsent(name, name + "-demo", Set.of(role)));
        em.persist(new AppFlag(AppFlag.DEMO_DATA_LOADED));
        LOG.info(() -> "Demo data loaded: " + result.created() + " entries created.");
    }

    public static String demoDocument() {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("demo data missing from the build: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
