package org.liaisonhub.directory.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.liaisonhub.catalog.CatalogEntry;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.LiaisonAnalyzers;

/** A public body that cooperates across borders: a prosecution service, police, central authority, FIU… */
/* Reference data: read on every contact page and search result link, changed rarely. */
@Cacheable
@Entity
@Audited
@Table(name = "authority")
@Indexed(index = "authority")
public class Authority extends CatalogEntry {

    @Column(nullable = false, length = 300)
    @FullTextField(name = "title", analyzer = LiaisonAnalyzers.NAME, projectable = Projectable.YES)
    @KeywordField(name = "title_sort", normalizer = LiaisonAnalyzers.SORT, sortable = Sortable.YES)
    private String name;

    @Column(length = 300)
    @FullTextField(analyzer = LiaisonAnalyzers.NAME)
    private String localName;

    @Column(nullable = false, length = 2)
    @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES, sortable = Sortable.YES)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    @KeywordField(aggregable = Aggregable.YES)
    private AuthorityKind kind;

    @Column(length = 2000)
    private String website;

    @Column(length = 20000)
    @FullTextField(name = "summary", analyzer = LiaisonAnalyzers.TEXT, projectable = Projectable.YES)
    private String description;

    /** Network names as practitioners write them; linked to network resources by name or acronym on read. */
    @ElementCollection
    @CollectionTable(name = "authority_network", joinColumns = @JoinColumn(name = "authority_id"))
    @Column(name = "network", nullable = false, length = 200)
    @KeywordField(name = "network", aggregable = Aggregable.YES)
    @FullTextField(name = "network_text", analyzer = LiaisonAnalyzers.NAME)
    private Set<String> networks = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "authority_competence", joinColumns = @JoinColumn(name = "authority_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "competence", nullable = false, length = 40)
    @KeywordField(name = "competence", aggregable = Aggregable.YES)
    private Set<Competence> competences = EnumSet.noneOf(Competence.class);

    /** 24/7, office hours, time zone (its contact points answer when it does unless they say otherwise). */
    @Embedded
    private Availability availability;

    /** Kept so contact points are re-indexed when their authority's name or country changes. */
    @NotAudited // a contact's own history records which authority it belongs to
    @OneToMany(mappedBy = "authority")
    private List<ContactPoint> contacts = new ArrayList<>();

    protected Authority() {
        // for JPA
    }

    public static Authority create(String key, AuthorityContent content) {
        Authority authority = new Authority(key);
        authority.revise(content);
        return authority;
    }

    private Authority(String key) {
        super(key);
    }

    @Override
    public EntryType entryType() {
        return EntryType.AUTHORITY;
    }

    /** Replaces the content; answers whether anything changed. */
    public boolean revise(AuthorityContent content) {
        if (name != null && content.equals(content())) {
            return false;
        }
        name = content.name();
        localName = content.localName();
        country = content.country();
        kind = content.kind();
        website = content.website();
        description = content.description();
        networks.clear();
        networks.addAll(content.networks());
        competences.clear();
        competences.addAll(content.competences());
        availability = content.availability();
        changeVisibility(content.visibility());
        return true;
    }

    public AuthorityContent content() {
        return new AuthorityContent(
                name,
                localName,
                country,
                kind,
                website,
                description,
                networks,
                competences,
                getVisibility(),
                getAvailability());
    }

    /**
     * Every descriptive text of the entry in one list, indexed as the combined analysed fields {@code text} and
     * {@code text_<language>} (search.analysis.LiaisonSearchMapping, docs/search.md "Analysis").
     */
    @Transient
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "name")),
                @ObjectPath(@PropertyValue(propertyName = "localName")),
                @ObjectPath(@PropertyValue(propertyName = "description"))
            })
    public List<String> getSearchText() {
        return Stream.of(name, localName, description).filter(Objects::nonNull).toList();
    }

    public String getName() {
        return name;
    }

    public String getLocalName() {
        return localName;
    }

    public String getCountry() {
        return country;
    }

    public AuthorityKind getKind() {
        return kind;
    }

    public String getWebsite() {
        return website;
    }

    public String getDescription() {
        return description;
    }

    public Set<String> getNetworks() {
        return Set.copyOf(networks);
    }

    public Set<Competence> getCompetences() {
        return competences.isEmpty() ? Set.of() : EnumSet.copyOf(competences);
    }

    public Availability getAvailability() {
        return Availability.orNone(availability);
    }

    List<ContactPoint> getContacts() {
        return contacts;
    }
}
