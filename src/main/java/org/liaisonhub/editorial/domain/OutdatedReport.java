package org.liaisonhub.editorial.domain;

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
 * A member's report that an entry (contact, authority or resource) looks outdated, with a comment. It stays
 * open in the editors' queue until an editor marks it handled.
 */
@Entity
@Table(name = "outdated_report")
public class OutdatedReport {

    public static final int MAX_COMMENT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_type", nullable = false, length = 20)
    private EntryType entryType;

    @Column(name = "entry_key", nullable = false, length = 100)
    private String entryKey;

    /** The entry's title when reported, so the queue reads well even if the entry changes. */
    @Column(name = "entry_title", nullable = false, length = 300)
    private String entryTitle;

    @Column(length = 2)
    private String country;

    @Column(nullable = false, length = MAX_COMMENT)
    private String comment;

    @Column(name = "reported_by", nullable = false, length = 100)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "handled_by", length = 100)
    private String handledBy;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Version
    private long version;

    protected OutdatedReport() {
        // for JPA
    }

    public OutdatedReport(
            EntryType entryType,
            String entryKey,
            String entryTitle,
            String country,
            String comment,
            String reportedBy,
            Instant reportedAt) {
        this.entryType = Objects.requireNonNull(entryType);
        this.entryKey = Objects.requireNonNull(entryKey);
        this.entryTitle = entryTitle.length() > 300 ? entryTitle.substring(0, 300) : entryTitle;
        this.country = country;
        this.comment = Objects.requireNonNull(comment);
        this.reportedBy = Objects.requireNonNull(reportedBy);
        this.reportedAt = Objects.requireNonNull(reportedAt);
    }

    /** An editor has looked into it (fixed the entry, or found nothing to fix). Handling twice keeps the first. */
    public boolean markHandled(String editor, Instant at) {
        if (isHandled()) {
            return false;
        }
        handledBy = Objects.requireNonNull(editor);
        handledAt = Objects.requireNonNull(at);
        return true;
    }

    public boolean isHandled() {
        return handledAt != null;
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

    public String getEntryTitle() {
        return entryTitle;
    }

    public String getCountry() {
        return country;
    }

    public String getComment() {
        return comment;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getHandledBy() {
        return handledBy;
    }

    public Instant getHandledAt() {
        return handledAt;
    }

    public long getVersion() {
        return version;
    }
}
