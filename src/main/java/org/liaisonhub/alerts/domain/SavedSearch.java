package org.liaisonhub.alerts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A search a signed-in user keeps under a name: its canonical query string (the search page's parameters, e.g.
 * {@code q=EIO&country=SE}), where its alerts go by e-mail (none: the Atom feed only), whether alerts are on, and
 * the random token of its unsubscribe link. Personal settings, not catalogue content: not audited.
 */
@Entity
@Table(name = "saved_search")
public class SavedSearch {

    public static final int MAX_NAME = 100;
    public static final int MAX_QUERY = 2000;
    public static final int MAX_EMAIL = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(nullable = false, length = 100)
    private String owner;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(nullable = false, length = MAX_QUERY)
    private String query;

    @Column(length = MAX_EMAIL)
    private String email;

    /** The language the owner used when saving (en, fr, ar): the e-mails' language. */
    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "alerts_on", nullable = false)
    private boolean alertsOn;

    @Column(name = "unsubscribe_token", nullable = false, unique = true, length = 64)
    private String unsubscribeToken;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SavedSearch() {
        // for JPA
    }

    public SavedSearch(
            String owner,
            String name,
            String query,
            String email,
            String language,
            String unsubscribeToken,
            Instant createdAt) {
        this.owner = Objects.requireNonNull(owner);
        this.name = Objects.requireNonNull(name);
        this.query = Objects.requireNonNull(query);
        this.email = email;
        this.language = Objects.requireNonNull(language);
        this.unsubscribeToken = Objects.requireNonNull(unsubscribeToken);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.alertsOn = true;
    }

    /** Stops its alerts (feed and e-mail); says whether they were on. Idempotent. */
    public boolean unsubscribe() {
        boolean was = alertsOn;
        alertsOn = false;
        return was;
    }

    /** Whether {@code username} owns it. */
    public boolean isOwnedBy(String username) {
        return owner.equals(username);
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public String getQuery() {
        return query;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isAlertsOn() {
        return alertsOn;
    }

    public String getUnsubscribeToken() {
        return unsubscribeToken;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
