package org.liaisonhub.resources.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.envers.Audited;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.liaisonhub.catalog.CatalogEntry;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.catalog.LiaisonAnalyzers;

/** A network, secure channel, database, tool, website or guidance document practitioners use. */
/* Reference data: read on every contact page and search result link, changed rarely. */
@Cacheable
@Entity
@Audited
@Table(name = "network_resource")
@Indexed(index = "resource")
public class NetworkResource extends CatalogEntry {

    @Column(nullable = false, length = 300)
    @FullTextField(name = "title", analyzer = LiaisonAnalyzers.NAME, projectable = Projectable.YES)
    @KeywordField(name = "title_sort", normalizer = LiaisonAnalyzers.SORT, sortable = Sortable.YES)
    private String name;

    @Column(length = 50)
    @FullTextField(analyzer = LiaisonAnalyzers.NAME)
    private String acronym;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    @KeywordField(aggregable = Aggregable.YES)
    private ResourceKind kind;

    @Column(length = 20000)
    @FullTextField(name = "summary", analyzer = LiaisonAnalyzers.TEXT, projectable = Projectable.YES)
    private String description;

    @Column(length = 2000)
    private String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField(aggregable = Aggregable.YES)
    private Access access;

    @Column(length = 300)
    @FullTextField(analyzer = LiaisonAnalyzers.NAME)
    private String operator;

    @ElementCollection
    @CollectionTable(name = "resource_ict", joinColumns = @JoinColumn(name = "resource_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "ict_category", nullable = false, length = 40)
    @KeywordField(name = "ict", aggregable = Aggregable.YES)
    private Set<IctCategory> ictCategories = EnumSet.noneOf(IctCategory.class);

    protected NetworkResource() {
        // for JPA
    }

    private NetworkResource(String key) {
        super(key);
    }

    public static NetworkResource create(String key, ResourceContent content) {
        NetworkResource resource = new NetworkResource(key);
        resource.revise(content);
        return resource;
    }

    @Override
    public EntryType entryType() {
        return EntryType.RESOURCE;
    }

    public boolean revise(ResourceContent content) {
        if (name != null && content.equals(content())) {
            return false;
        }
        name = content.name();
        acronym = content.acronym();
        kind = content.kind();
        description = content.description();
        url = content.url();
        access = content.access();
        operator = content.operator();
        ictCategories.clear();
        ictCategories.addAll(content.ictCategories());
        changeVisibility(content.visibility());
        return true;
    }

    public ResourceContent content() {
        return new ResourceContent(
                name, acronym, kind, description, url, access, operator, ictCategories, getVisibility());
    }

    /** Resources serve every country; the field exists so all indexes share one projection. */
    @Transient
    @KeywordField(name = "country", projectable = Projectable.YES, aggregable = Aggregable.YES, sortable = Sortable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getCountry() {
        return null;
    }

    /** Whether practitioners could mean this resource by {@code networkName} ("GlobE", "siena"). */
    public boolean isKnownAs(String networkName) {
        String wanted = networkName.trim().toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).equals(wanted)
                || acronym != null && acronym.toLowerCase(Locale.ROOT).equals(wanted);
    }

    /**
     * Every descriptive text of the entry in one list, indexed as the combined analysed fields {@code text} and
     * {@code text_<language>} (search.analysis.LiaisonSearchMapping, docs/search.md "Analysis").
     */
    @Transient
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "name")),
                @ObjectPath(@PropertyValue(propertyName = "acronym")),
                @ObjectPath(@PropertyValue(propertyName = "description"))
            })
    public List<String> getSearchText() {
        return Stream.of(name, acronym, description).filter(Objects::nonNull).toList();
    }

    public String getName() {
        return name;
    }

    public String getAcronym() {
        return acronym;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public String getUrl() {
        return url;
    }

    public Access getAccess() {
        return access;
    }

    public String getOperator() {
        return operator;
    }

    public Set<IctCategory> getIctCategories() {
        return ictCategories.isEmpty() ? Set.of() : EnumSet.copyOf(ictCategories);
    }
}
