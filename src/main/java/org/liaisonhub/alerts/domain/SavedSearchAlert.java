package org.liaisonhub.alerts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.liaisonhub.catalog.EntryType;

/**
 * One published change that a saved search matched, as its owner may see it: an entry of the search's Atom feed,
 * and a line of the next e-mail digest until {@link #mailed(Instant)}. At most one per saved search, entry and entry
 * version (a unique constraint, migration V14).
 */
@Entity
@Table(name = "saved_search_alert")
public class SavedSearchAlert {

    public static final int MAX_TITLE = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(name = "saved_search_id", nullable = false)
    private long savedSearchId;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_type", nullable = false, length = 20)
    private EntryType entryType;

    @Column(name = "entry_key", nullable = false, length = 100)
    private String entryKey;

    /** The entry's version the alert was matched at (one alert per saved search, entry and version); null before V14. */
    @Column(name = "entry_version")
    private Long entryVersion;

    /** The entry's title when it was published, so feed and digest read well without loading it. */
    @Column(name = "entry_title", nullable = false, length = MAX_TITLE)
    private String entryTitle;

    @Column(name = "newly_published", nullable = false)
    private boolean newlyPublished;

    @Column(name = "alerted_at", nullable = false)
    private Instant alertedAt;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    @Version
    private long version;

    protected SavedSearchAlert() {
        // for JPA
    }

    public SavedSearchAlert(
            long savedSearchId,
            EntryType entryType,
            String entryKey,
            long entryVersion,
            String entryTitle,
            boolean newlyPublished,
            Instant alertedAt) {
        this.savedSearchId = savedSearchId;
        this.entryType = Objects.requireNonNull(entryType);
        this.entryKey = Objects.requireNonNull(entryKey);
        this.entryVersion = entryVersion;
        String title = entryTitle == null || entryTitle.isBlank() ? entryKey : entryTitle;
        this.entryTitle = title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title;
        this.newlyPublished = newlyPublished;
        this.alertedAt = Objects.requireNonNull(alertedAt);
    }

    /** Sent in a digest; the first time counts. */
    public void mailed(Instant at) {
        if (mailedAt == null) {
            mailedAt = Objects.requireNonNull(at);
        }
    }

    public Long getId() {
        return id;
    }

    public long getSavedSearchId() {
        return savedSearchId;
    }

    public EntryType getEntryType() {
        return entryType;
    }

    public String getEntryKey() {
        return entryKey;
    }

    public Long getEntryVersion() {
        return entryVersion;
    }

    public String getEntryTitle() {
        return entryTitle;
    }

    public boolean isNewlyPublished() {
        return newlyPublished;
    }

    public Instant getAlertedAt() {
        return alertedAt;
    }

    public Instant getMailedAt() {
        return mailedAt;
    }

    public long getVersion() {
        return version;
    }
}
