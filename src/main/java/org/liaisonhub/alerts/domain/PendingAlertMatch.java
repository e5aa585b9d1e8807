package org.liaisonhub.alerts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import org.liaisonhub.catalog.EntryType;

/**
 * One published entry whose saved-search alerts are still to be found: written in the publishing transaction, so a
 * commit never loses it, and deleted once the entry has been matched (or it no longer needs to be). It waits until the
 * search index holds the entry at the published version or later — in a cluster the index is written after the commit,
 * by whichever node's outbox processor owns the event — and gives up after {@link #GIVE_UP_AFTER}.
 */
@Entity
@Table(name = "pending_alert_match")
public class PendingAlertMatch {

    /** How long a row may wait for the index before it is dropped (with a warning): none stays forever. */
    public static final Duration GIVE_UP_AFTER = Duration.ofMinutes(10);
    /** When the safety net (the timer) first looks at a row the publishing node did not settle at once. */
    static final Duration FIRST_LOOK = Duration.ofSeconds(2);
    /** The longest wait between two looks at the index for one row. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    /** What to do with a row now. */
    public enum Readiness {
        /** The index holds the entry at the published version or later: match it. */
        INDEXED,
        /** The entry is gone or no longer published: it alerts nobody. */
        WITHDRAWN,
        /** Not in the index yet: look again later ({@link #postpone}). */
        NOT_YET,
        /** Not in the index after {@link #GIVE_UP_AFTER}: drop it, with a warning. */
        GIVEN_UP
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_type", nullable = false, length = 20)
    private EntryType entryType;

    @Column(name = "entry_key", nullable = false, length = 100)
    private String entryKey;

    /** The entry's version as the publishing transaction wrote it. */
    @Column(name = "entry_version", nullable = false)
    private long entryVersion;

    @Column(name = "newly_published", nullable = false)
    private boolean newlyPublished;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "not_before", nullable = false)
    private Instant notBefore;

    @Column(nullable = false)
    private int attempts;

    protected PendingAlertMatch() {
        // for JPA
    }

    private PendingAlertMatch(EntryType type, String key, long version, boolean newlyPublished, Instant now) {
        this.entryType = Objects.requireNonNull(type);
        this.entryKey = Objects.requireNonNull(key);
        this.entryVersion = version;
        this.newlyPublished = newlyPublished;
        this.createdAt = Objects.requireNonNull(now);
        this.notBefore = now.plus(FIRST_LOOK);
    }

    /** An entry just published at {@code version} ({@code newlyPublished}: for the first time, else changed). */
    public static PendingAlertMatch of(EntryType type, String key, long version, boolean newlyPublished, Instant now) {
        return new PendingAlertMatch(type, key, version, newlyPublished, now);
    }

    /**
     * Whether the row can be matched now, given the version the index holds for the entry (empty: no document) and
     * whether the entry is still published in the database. A withdrawn entry never waits.
     */
    public Readiness readiness(OptionalLong indexedVersion, boolean stillPublished, Instant now) {
        if (!stillPublished) {
            return Readiness.WITHDRAWN;
        }
        if (indexedVersion.isPresent() && indexedVersion.getAsLong() >= entryVersion) {
            return Readiness.INDEXED;
        }
        return expired(now) ? Readiness.GIVEN_UP : Readiness.NOT_YET;
    }

    /** Not ready: look again after 1, 2, 4, 8, 16 and then every 30 seconds. */
    public void postpone(Instant now) {
        attempts++;
        long seconds = Math.min(LONGEST_WAIT.toSeconds(), 1L << Math.min(attempts - 1, 5));
        notBefore = now.plusSeconds(seconds);
    }

    /** Whether it has waited longer than {@link #GIVE_UP_AFTER}. */
    public boolean expired(Instant now) {
        return !now.isBefore(createdAt.plus(GIVE_UP_AFTER));
    }

    public Long getId() {
        return id;
    }

    public EntryType getEntryType() {
        return entryType;
    }

    public String getEntryKey() {
        return entryKey;
    }

    public long getEntryVersion() {
        return entryVersion;
    }

    public boolean isNewlyPublished() {
        return newlyPublished;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNotBefore() {
        return notBefore;
    }

    public int getAttempts() {
        return attempts;
    }

    @Override
    public String toString() {
        return entryType.code() + " " + entryKey + " v" + entryVersion;
    }
}
