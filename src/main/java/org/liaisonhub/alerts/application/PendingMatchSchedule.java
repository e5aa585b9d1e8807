package org.liaisonhub.alerts.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The safety net of saved-search alerts, on every node, every two seconds: settles the pending publications that are
 * due ({@link PendingMatchService#matchDue}) — in a cluster those whose entry the index did not hold yet when the
 * publishing node looked, and those of a node that died right after its commit. Rows another node holds are passed
 * over, so the nodes share the work and never do it twice. Not persistent: a timer that did not run loses nothing,
 * the rows wait in the database. A round that fails (the search backend down) postpones the due rows; none waits
 * longer than {@link org.liaisonhub.alerts.domain.PendingAlertMatch#GIVE_UP_AFTER}.
 */
@Singleton
public class PendingMatchSchedule {

    private static final Logger LOG = Logger.getLogger(PendingMatchSchedule.class.getName());

    /** Rounds at most per run; the rest waits two seconds. */
    static final int MAX_ROUNDS = 20;

    @Inject
    PendingMatchService matches;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each round is a transaction of its own
    void everyTwoSeconds() {
        try {
            PendingMatchService.Round round;
            int rounds = 0;
            do {
                round = matches.matchDue();
                PendingMatchService.Round done = round;
                if (done.taken() > 0) {
                    LOG.fine(() -> "Pending saved-search matches: " + done);
                }
            } while (round.full() && ++rounds < MAX_ROUNDS);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Could not match pending publications against saved searches; they wait: " + e);
            LOG.log(Level.FINE, "The failed round", e);
            try {
                matches.postponeDue();
            } catch (RuntimeException again) {
                LOG.log(Level.FINE, "Could not postpone them either", again);
            }
        }
    }
}
