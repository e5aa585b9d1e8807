package org.liaisonhub.directory.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.liaisonhub.catalog.CatalogEntry;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.LiaisonAnalyzers;

/**
 * A country procedure sheet: how one country wants one kind of request (MLA, EIO, extradition, asset recovery,
 * informal exchange…) sent to it — the central or competent authority (by its key), the channels it accepts in order
 * of preference, the languages, whether encryption or an e-signature is required, double criminality, time limits,
 * limits on the use of evidence and the model form. One sheet per country and kind of request. The fifth kind of
 * entry: edited, moved through the workflow, audited and searched like the others; the finder reads it too.
 */
@Entity
@Audited
@Table(
        name = "procedure_sheet",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_procedure_sheet_country_request",
                        columnNames = {"country", "request_kind"}))
@Indexed(index = "procedure")
public class ProcedureSheet extends CatalogEntry {

    @Column(nullable = false, length = 2)
    @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES, sortable = Sortable.YES)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_kind", nullable = false, length = 40)
    @KeywordField(name = "competence", aggregable = Aggregable.YES)
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
    @KeywordField(name = "language", aggregable = Aggregable.YES)
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

    protected ProcedureSheet() {
        // for JPA
    }

    private ProcedureSheet(String key) {
        super(key);
    }

    /** A new sheet, PUBLISHED until {@link #startAs} says otherwise. */
    public static ProcedureSheet create(String key, ProcedureSheetContent content) {
        ProcedureSheet sheet = new ProcedureSheet(key);
        sheet.revise(content);
        return sheet;
    }

    @Override
    public EntryType entryType() {
        return EntryType.PROCEDURE;
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
        changeVisibility(content.visibility());
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
                getVisibility());
    }

    /*
     * The search copies below are rebuilt whenever the sheet is re-indexed, which every update does (updatedAt is
     * indexed and changes with each one, CatalogEntry): no dependency tracking of their own is needed.
     */

    /** "Sweden: European Investigation Order (EIO)": the hit's title, in English as the index keeps it. */
    @Transient
    @FullTextField(name = "title", analyzer = LiaisonAnalyzers.NAME, projectable = Projectable.YES)
    @KeywordField(name = "title_sort", normalizer = LiaisonAnalyzers.SORT, sortable = Sortable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getTitle() {
        return ProcedureSheetText.title(content());
    }

    /** What the results list shows: channels, languages and requirements in one line. */
    @Transient
    @FullTextField(name = "summary", analyzer = LiaisonAnalyzers.TEXT, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSummary() {
        return ProcedureSheetText.summary(content());
    }

    /** Everything a search may find the sheet by (the combined text fields, LiaisonSearchMapping). */
    @Transient
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public List<String> getSearchText() {
        return ProcedureSheetText.searchText(content());
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
}
