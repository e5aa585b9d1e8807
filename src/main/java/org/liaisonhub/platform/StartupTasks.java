package org.liaisonhub.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.Set;

import org.liaisonhub.editorial.application.DemoDataLoader;
import org.liaisonhub.security.Role;
import org.liaisonhub.security.application.UserService;
import org.liaisonhub.search.application.IndexMaintenance;

/** What happens when the application starts: the index is checked, then demo data loaded if wanted. */
@ApplicationScoped
public class StartupTasks {

    @Inject
    IndexMaintenance index;

    @Inject
    DemoDataLoader demoData;

    @Inject
    UserService users;

    void onStart(@Observes jakarta.enterprise.event.Startup event) {
        index.reindexIfBehind();
        Settings.bootstrapAdmin().ifPresent(admin -> users.createIfAbsent(admin[0], admin[1], Set.of(Role.ADMIN)));
        if (Settings.demoDataEnabled()) {
            demoData.loadOnce();
        }
    }
}
