package org.liaisonhub.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * Identity, visibility and version shared by every kind of entry. The {@code key} is the stable identity
 * the exchange format upserts by; the database id never leaves the application.
 */
@MappedSuperclass
@Audited
public abstract class CatalogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(name = "entry_key", nullable = false, unique = true, length = 100)
    @KeywordField(name = "key", projectable = Projectable.YES, sortable = Sortable.YES)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField(name = "visibility")
    private Visibility visibility = Visibility.PUBLIC;

    /** Editorial workflow; readers who are not editors see PUBLISHED entries only (filtered in every query). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField(name = "status")
    private PublicationStatus status = PublicationStatus.PUBLISHED;

    /**
     * Optimistic lock: a save based on an outdated copy is refused instead of overwriting. Also indexed, so the
     * index can be checked against the database entry by entry (search.application.IndexMaintenance).
     */
    @Version
    @GenericField(name = "version", projectable = Projectable.YES)
    private long version;

    @Column(nullable = false)
    private Instant createdAt;

    /*
     * Set by every update (@PreUpdate), so Hibernate Search sees this property change on every update and
     * re-indexes the document, with its new version, even when only unindexed properties (an e-mail address)
     * changed; otherwise the indexed version would lag behind and look like a lost index write.
     */
    @Column(nullable = false)
    @GenericField(name = "updated_at")
    private Instant updatedAt;

    /** The editor who saved last through the editorial forms or workflow; null after an import. */
    @Column(length = 100)
    private String updatedBy;

    protected CatalogEntry() {
        // for JPA
    }

    protected CatalogEntry(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    /** Which of the five kinds this entry is; also indexed, so one search can count hits per kind. */
    public abstract EntryType entryType();

    @Transient
    @KeywordField(name = "type", projectable = Projectable.YES, aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getTypeCode() {
        return entryType().code();
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public void changeVisibility(Visibility newVisibility) {
        this.visibility = newVisibility == null ? Visibility.PUBLIC : newVisibility;
    }

    /**
     * Moves the entry through the workflow (DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED, and back to DRAFT).
     *
     * @throws IllegalStateException when the workflow does not allow this move
     */
    public void moveTo(PublicationStatus target) {
        if (!status.mayMoveTo(target)) {
            throw new IllegalStateException("An entry in status " + status + " cannot move to " + target);
        }
        this.status = target;
    }

    /** Sets the status of a new entry (an import as drafts, a form creating a draft). */
    public void startAs(PublicationStatus initial) {
        this.status = initial == null ? PublicationStatus.PUBLISHED : initial;
    }

    /** Records who is saving this change (shown when another editor's save conflicts with it). */
    public void savedBy(String editor) {
        this.updatedBy = editor;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
