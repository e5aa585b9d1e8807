package org.liaisonhub.alerts.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liaisonhub.alerts.domain.SavedSearch;
import org.liaisonhub.alerts.domain.SavedSearchAlert;
import org.liaisonhub.security.Viewer;
import org.liaisonhub.security.application.UserRepository;

/**
 * The daily digest: for each saved search with alerts on, an e-mail address and alerts not yet sent, one e-mail
 * ({@link DigestMail}) through WildFly's mail session {@code java:jboss/mail/Liaison} (SMTP host and port in
 * wildfly-config/configure-server.cli). Alerts whose entry the owner may no longer see are left out (and not sent
 * later either). Each saved search is locked while its digest goes out, so two nodes never send the same alerts; a
 * failed send leaves them for the next run and is logged.
 */
@ApplicationScoped
public class DigestService {

    private static final Logger LOG = Logger.getLogger(DigestService.class.getName());

    @Resource(lookup = "java:jboss/mail/Liaison")
    Session mail;

    private final SavedSearchRepository searches;
    private final SavedSearchService savedSearches;
    private final UserRepository users;
    private final String publicUrl;
    private final Clock clock;

    DigestService() {
        this(null, null, null, null); // for CDI's client proxy only
    }

    @Inject
    public DigestService(
            SavedSearchRepository searches,
            SavedSearchService savedSearches,
            UserRepository users,
            @ConfigProperty(name = "liaison.public-url", defaultValue = "http://localhost:8080") String publicUrl) {
        this.searches = searches;
        this.savedSearches = savedSearches;
        this.users = users;
        this.publicUrl = publicUrl;
        this.clock = Clock.systemUTC();
    }

    /** Sends every digest that is due; how many e-mails went out. */
    @Transactional
    public int sendDue() {
        int sent = 0;
        for (long id : searches.dueForDigest()) {
            Optional<SavedSearch> locked = searches.lock(id);
            if (locked.isPresent() && send(locked.get())) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(SavedSearch search) {
        List<SavedSearchAlert> unmailed = searches.unmailed(search.getId());
        if (unmailed.isEmpty() || !search.isAlertsOn() || search.getEmail() == null) {
            return false; // another node sent them while we waited for the lock, or they unsubscribed
        }
        Instant now = clock.instant();
        Optional<Viewer> owner = users.findByUsername(search.getOwner()).flatMap(AlertMatching::viewerOf);
        List<FeedAlert> visible = owner.map(viewer -> savedSearches.stillVisible(unmailed, viewer).stream()
                        .map(SavedSearchService::feedAlert)
                        .toList())
                .orElse(List.of());
        if (!visible.isEmpty()) {
            DigestMail digest = DigestMail.of(
                    search.getEmail(),
                    search.getName(),
                    search.getLanguage(),
                    visible,
                    publicUrl,
                    search.getUnsubscribeToken());
            try {
                Transport.send(message(digest));
            } catch (MessagingException e) {
                LOG.warning(() -> "Could not send the digest of saved search " + search.getId() + " (kept for the "
                        + "next run): " + e);
                return false;
            }
        }
        unmailed.forEach(a -> a.mailed(now));
        return !visible.isEmpty();
    }

    private MimeMessage message(DigestMail digest) throws MessagingException {
        MimeMessage message = new MimeMessage(mail);
        message.setFrom();
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(digest.to(), true));
        message.setSubject(digest.subject(), StandardCharsets.UTF_8.name());
        message.setText(digest.body(), StandardCharsets.UTF_8.name());
        message.setHeader("List-Unsubscribe", "<" + digest.unsubscribeUrl() + ">");
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setSentDate(java.util.Date.from(clock.instant()));
        return message;
    }
}
