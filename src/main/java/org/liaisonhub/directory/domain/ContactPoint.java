package org.liaisonhub.directory.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.liaisonhub.catalog.CatalogEntry;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.LiaisonAnalyzers;
import org.liaisonhub.catalog.Visibility;

/** A role (sometimes a named person) inside an authority, and how to reach it. */
@Entity
@Audited
@Table(name = "contact_point")
@Indexed(index = "contact")
public class ContactPoint extends CatalogEntry {

    // History keeps which authority (its id); reading an old revision links to the authority as it is now, so
    // history works for contacts whose authority has no audited revision (data from before the audit tables).
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "authority_id", nullable = false)
    // The authority's status and visibility are indexed with the contact so search hides a contact wherever its
    // authority is hidden; Hibernate Search re-indexes the contacts when either changes (Authority.contacts).
    @IndexedEmbedded(includePaths = {"title", "localName", "status", "visibility"})
    private Authority authority;

    @Column(nullable = false, length = 300)
    @FullTextField(name = "title", analyzer = LiaisonAnalyzers.NAME, projectable = Projectable.YES)
    @KeywordField(name = "title_sort", normalizer = LiaisonAnalyzers.SORT, sortable = Sortable.YES)
    private String role;

    @Column(length = 320)
    private String email;

    /** The person's name and direct phone, with a visibility of their own (never indexed). */
    @Embedded
    private PersonalDetails personalDetails;

    @ElementCollection
    @CollectionTable(name = "contact_language", joinColumns = @JoinColumn(name = "contact_id"))
    @Column(name = "language", nullable = false, length = 2)
    @KeywordField(name = "language", aggregable = Aggregable.YES)
    private Set<String> languages = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "contact_channel", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "position")
    private List<Channel> channels = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "contact_competence", joinColumns = @JoinColumn(name = "contact_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "competence", nullable = false, length = 40)
    @KeywordField(name = "competence", aggregable = Aggregable.YES)
    private Set<Competence> competences = EnumSet.noneOf(Competence.class);

    @ElementCollection
    @CollectionTable(name = "contact_network", joinColumns = @JoinColumn(name = "contact_id"))
    @Column(name = "network", nullable = false, length = 200)
    @KeywordField(name = "network", aggregable = Aggregable.YES)
    @FullTextField(name = "network_text", analyzer = LiaisonAnalyzers.NAME)
    private Set<String> networks = new LinkedHashSet<>();

    private LocalDate lastVerified;

    /** Its own 24/7 flag, hours and zone; what it leaves out comes from its authority ({@link #getEffectiveAvailability}). */
    @Embedded
    private Availability availability;

    protected ContactPoint() {
        // for JPA
    }

    private ContactPoint(String key) {
        super(key);
    }

    public static ContactPoint create(String key, Authority authority, ContactContent content) {
        ContactPoint contact = new ContactPoint(key);
        contact.revise(authority, content);
        return contact;
    }

    @Override
    public EntryType entryType() {
        return EntryType.CONTACT;
    }

    /** Replaces the content (and possibly the authority); answers whether anything changed. */
    public boolean revise(Authority newAuthority, ContactContent content) {
        Objects.requireNonNull(newAuthority, "authority");
        if (role != null && newAuthority == authority && content.equals(content())) {
            return false;
        }
        authority = newAuthority;
        role = content.role();
        personalDetails = PersonalDetails.of(content);
        email = content.email();
        languages.clear();
        languages.addAll(content.languages());
        channels.clear();
        channels.addAll(content.channels());
        competences.clear();
        competences.addAll(content.competences());
        networks.clear();
        networks.addAll(content.networks());
        lastVerified = content.lastVerified();
        availability = content.availability();
        changeVisibility(content.visibility());
        return true;
    }

    public ContactContent content() {
        PersonalDetails personal = getPersonalDetails();
        return new ContactContent(
                authority.getKey(),
                role,
                personal.getPersonName(),
                email,
                personal.getPhone(),
                languages,
                channels,
                competences,
                networks,
                getVisibility(),
                lastVerified,
                personal.getVisibility(),
                Availability.orNone(availability));
    }

    /** The country a contact point serves is its authority's. */
    @Transient
    @KeywordField(name = "country", projectable = Projectable.YES, aggregable = Aggregable.YES, sortable = Sortable.YES)
    @IndexingDependency(
            derivedFrom =
                    @ObjectPath({@PropertyValue(propertyName = "authority"), @PropertyValue(propertyName = "country")}))
    public String getCountry() {
        return authority.getCountry();
    }

    /** What a hit shows under the role: the authority, in English and local name. */
    @Transient
    @FullTextField(name = "summary", analyzer = LiaisonAnalyzers.TEXT, projectable = Projectable.YES)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath({@PropertyValue(propertyName = "authority"), @PropertyValue(propertyName = "name")}),
                @ObjectPath({@PropertyValue(propertyName = "authority"), @PropertyValue(propertyName = "localName")})
            })
    public String getSummary() {
        return ContactInAuthority.summary(authority.getName(), authority.getLocalName());
    }

    /** Who may actually see it: {@link ContactInAuthority#effectiveVisibility}, as every reader query applies it. */
    public Visibility effectiveVisibility() {
        return ContactInAuthority.effectiveVisibility(getVisibility(), authority.getVisibility());
    }

    /** Entries not verified for twelve months (or never) need verification before anyone relies on them. */
    public boolean needsVerification(LocalDate today) {
        return lastVerified == null || lastVerified.isBefore(today.minusMonths(12));
    }

    /**
     * Every descriptive text of the entry in one list, indexed as the combined analysed fields {@code text} and
     * {@code text_<language>} (search.analysis.LiaisonSearchMapping, docs/search.md "Analysis").
     */
    @Transient
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "role")),
                @ObjectPath({@PropertyValue(propertyName = "authority"), @PropertyValue(propertyName = "name")}),
                @ObjectPath({@PropertyValue(propertyName = "authority"), @PropertyValue(propertyName = "localName")})
            })
    public List<String> getSearchText() {
        return Stream.of(role, getSummary()).filter(Objects::nonNull).toList();
    }

    public Authority getAuthority() {
        return authority;
    }

    public String getRole() {
        return role;
    }

    public String getEmail() {
        return email;
    }

    public Set<String> getLanguages() {
        return Set.copyOf(languages);
    }

    public List<Channel> getChannels() {
        return List.copyOf(channels);
    }

    public Set<Competence> getCompetences() {
        return competences.isEmpty() ? Set.of() : EnumSet.copyOf(competences);
    }

    public Set<String> getNetworks() {
        return Set.copyOf(networks);
    }

    public PersonalDetails getPersonalDetails() {
        return personalDetails != null ? personalDetails : PersonalDetails.NOT_RECORDED;
    }

    /** When it answers: its own availability laid over its authority's (indexed as the 24/7 facet). */
    public Availability getEffectiveAvailability() {
        return Availability.orNone(availability).orElse(authority.getAvailability());
    }

    public LocalDate getLastVerified() {
        return lastVerified;
    }
}
