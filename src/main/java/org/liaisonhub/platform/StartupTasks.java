package org.liaisonhub.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.liaisonhub.editorial.application.DemoDataLoader;
import org.liaisonhub.search.application.IndexMaintenance;

/** What happens when the application starts: the index is checked, then demo data loaded if wanted. */
@ApplicationScoped
public class StartupTasks {

    @Inject
    IndexMaintenance index;

    @Inject
    DemoDataLoader demoData;

    void onStart(@Observes jakarta.enterprise.event.Startup event) {
        index.reindexIfBehind();
        if (Settings.demoDataEnabled()) {
            demoData.loadOnce();
        }
    }
}
