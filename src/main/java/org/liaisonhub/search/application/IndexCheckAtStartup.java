package org.liaisonhub.search.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.liaisonhub.platform.StartupStep;

/** At startup, the search index is compared with the database and rebuilt if it is behind. */
@Dependent
public class IndexCheckAtStartup implements StartupStep {

    @Inject
    IndexMaintenance index;

    @Override
    public int order() {
        return INDEX_CHECK;
    }

    @Override
    public void run() {
        index.reindexIfBehind();
    }
}
