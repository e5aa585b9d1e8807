package org.liaisonhub.directory.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.catalog.Visibility;

/**
 * A country procedure sheet: how one country wants one kind of request (MLA, EIO, extradition, asset recovery,
 * informal exchange…) sent to it — the central or competent authority (by its key), the channels it accepts in order
 * of preference, the languages, whether encryption or an e-signature is required, double criminality, time limits,
 * limits on the use of evidence and the model form. One sheet per country and kind of request. Audited and
 * optimistically locked like the entries; not a search entry of its own (the finder reads it).
 */
@Entity
@Audited
@Table(
        name = "procedure_sheet",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_procedure_sheet_country_request",
                        columnNames = {"country", "request_kind"}))
public class ProcedureSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(name = "entry_key", nullable = false, unique = true, length = 100)
    private String key;

    @Column(nullable = false, length = 2)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_kind", nullable = false, length = 40)
    private Competence request;

    @Column(name = "authority_key", nullable = false, length = 100)
    private String authorityKey;

    @ElementCollection
    @CollectionTable(name = "procedure_sheet_channel", joinColumns = @JoinColumn(name = "sheet_id"))
    @OrderColumn(name = "position")
    private List<AcceptedChannel> channels = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "procedure_sheet_language", joinColumns = @JoinColumn(name = "sheet_id"))
    @OrderColumn(name = "position")
    @Column(name = "language", nullable = false, length = 2)
    private List<String> languages = new ArrayList<>();

    @Column(length = 2000)
    private String languageNote;

    private Boolean encryptionRequired;

    private Boolean eSignatureRequired;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private DoubleCriminality doubleCriminality;

    private Integer timeLimitDays;

    @Column(length = 2000)
    private String timeLimits;

    @Column(length = 4000)
    private String evidenceUseLimits;

    @Column(length = 2000)
    private String modelFormUrl;

    private LocalDate lastVerified;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility visibility = Visibility.PUBLIC;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PublicationStatus status = PublicationStatus.PUBLISHED;

    @Version
    private long version;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    protected ProcedureSheet() {
        // for JPA
    }

    private ProcedureSheet(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    /** A new sheet in {@code initial} status (PUBLISHED when null). */
    public static ProcedureSheet create(String key, ProcedureSheetContent content, PublicationStatus initial) {
        ProcedureSheet sheet = new ProcedureSheet(key);
        sheet.status = initial == null ? PublicationStatus.PUBLISHED : initial;
        sheet.revise(content);
        return sheet;
    }

    /** Replaces the content; answers whether anything changed. */
    public boolean revise(ProcedureSheetContent content) {
        if (country != null && content.equals(content())) {
            return false;
        }
        country = content.country();
        request = content.request();
        authorityKey = content.authorityKey();
        channels.clear();
        channels.addAll(content.channels());
        languages.clear();
        languages.addAll(content.languages());
        languageNote = content.languageNote();
        encryptionRequired = content.encryptionRequired();
        eSignatureRequired = content.eSignatureRequired();
        doubleCriminality = content.doubleCriminality();
        timeLimitDays = content.timeLimitDays();
        timeLimits = content.timeLimits();
        evidenceUseLimits = content.evidenceUseLimits();
        modelFormUrl = content.modelFormUrl();
        lastVerified = content.lastVerified();
        visibility = content.visibility();
        return true;
    }

    public ProcedureSheetContent content() {
        return new ProcedureSheetContent(
                country,
                request,
                authorityKey,
                channels,
                languages,
                languageNote,
                encryptionRequired,
                eSignatureRequired,
                doubleCriminality,
                timeLimitDays,
                timeLimits,
                evidenceUseLimits,
                modelFormUrl,
                lastVerified,
                visibility);
    }

    /**
     * Moves the sheet through the editorial workflow (DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED, and back).
     *
     * @throws IllegalStateException when the workflow does not allow this move
     */
    public void moveTo(PublicationStatus target) {
        if (!status.mayMoveTo(target)) {
            throw new IllegalStateException("A sheet in status " + status + " cannot move to " + target);
        }
        status = target;
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

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getCountry() {
        return country;
    }

    public Competence getRequest() {
        return request;
    }

    public String getAuthorityKey() {
        return authorityKey;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
