package org.liaisonhub.alerts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.liaisonhub.alerts.domain.SavedSearch;
import org.liaisonhub.alerts.domain.SavedSearchAlert;
import org.liaisonhub.editorial.application.EntriesPublished;
import org.liaisonhub.search.application.CatalogSearchService;
import org.liaisonhub.security.application.UserRepository;

/**
 * Matches every published change against the saved searches with alerts on ({@link AlertMatching}), after the
 * publishing transaction has committed, in a transaction of its own: a rolled-back write alerts nobody, and a
 * failure here never undoes a publication (it is logged). The index has the change by then: on a single node
 * Hibernate Search writes it synchronously in the same commit, before this observer runs.
 */
@ApplicationScoped
public class AlertService {

    private static final Logger LOG = Logger.getLogger(AlertService.class.getName());

    private final SavedSearchRepository searches;
    private final UserRepository users;
    private final CatalogSearchService search;
    private final Clock clock;

    AlertService() {
        this(null, null, null); // for CDI's client proxy only
    }

    @Inject
    public AlertService(SavedSearchRepository searches, UserRepository users, CatalogSearchService search) {
        this.searches = searches;
        this.users = users;
        this.search = search;
        this.clock = Clock.systemUTC();
    }

    @Transactional(TxType.REQUIRES_NEW)
    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) EntriesPublished published) {
        try {
            int count = match(published);
            if (count > 0) {
                LOG.fine(() -> count + " saved-search alert(s) for "
                        + published.entries().size() + " entries");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not match saved searches against a publication", e);
        }
    }

    /** Records the alerts of one publication; how many. */
    int match(EntriesPublished published) {
        List<SavedSearch> on = searches.withAlertsOn();
        if (on.isEmpty() || published.isEmpty()) {
            return 0;
        }
        List<SavedSearchAlert> alerts = AlertMatching.alertsFor(
                published,
                on,
                owner -> users.findByUsername(owner).flatMap(AlertMatching::viewerOf),
                search::matchesAmong,
                clock.instant());
        alerts.forEach(searches::add);
        return alerts.size();
    }
}
