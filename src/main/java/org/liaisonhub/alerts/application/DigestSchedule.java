package org.liaisonhub.alerts.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Sends the day's digests every morning at 06:00 server time (not persistent: a server down at 06:00 sends them the
 * next day, nothing is lost, since unsent alerts wait in the database). Administrators can send them at once with
 * {@code POST /api/saved-searches/digest}.
 */
@Singleton
public class DigestSchedule {

    private static final Logger LOG = Logger.getLogger(DigestSchedule.class.getName());

    @Inject
    DigestService digests;

    @Schedule(hour = "6", minute = "0", persistent = false)
    void daily() {
        int sent = digests.sendDue();
        LOG.info(() -> "Saved-search digest: " + sent + " e-mail(s) sent");
    }
}
