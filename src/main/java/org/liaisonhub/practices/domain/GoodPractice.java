package org.liaisonhub.practices.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.envers.Audited;
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
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.IctCategory;
import org.liaisonhub.catalog.LiaisonAnalyzers;

/** A good practice: a curated entry or a State's questionnaire response kept question by question. */
@Entity
@Audited
@Table(name = "good_practice")
@Indexed(index = "practice")
public class GoodPractice extends CatalogEntry {

    @Column(nullable = false, length = 300)
    @FullTextField(name = "title", analyzer = LiaisonAnalyzers.NAME, projectable = Projectable.YES)
    @FullTextField(name = "title_text", analyzer = LiaisonAnalyzers.TEXT)
    @KeywordField(name = "title_sort", normalizer = LiaisonAnalyzers.SORT, sortable = Sortable.YES)
    private String title;

    @Column(nullable = false, length = 2)
    @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES, sortable = Sortable.YES)
    private String country;

    @Column(length = 2000)
    @FullTextField(name = "summary", analyzer = LiaisonAnalyzers.TEXT, projectable = Projectable.YES)
    private String summary;

    @Column(length = 100000)
    private String body;

    @ElementCollection
    @CollectionTable(name = "practice_ict", joinColumns = @JoinColumn(name = "practice_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "ict_category", nullable = false, length = 40)
    @KeywordField(name = "ict", aggregable = Aggregable.YES)
    private Set<IctCategory> ictCategories = EnumSet.noneOf(IctCategory.class);

    @ElementCollection
    @CollectionTable(name = "practice_challenge", joinColumns = @JoinColumn(name = "practice_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "challenge", nullable = false, length = 40)
    @KeywordField(name = "challenge", aggregable = Aggregable.YES)
    private Set<Challenge> challenges = EnumSet.noneOf(Challenge.class);

    @Embedded
    private PracticeSource source;

    @ElementCollection
    @CollectionTable(name = "practice_answer", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "position")
    // Searched through getSearchText(), the combined text fields.
    private List<PracticeAnswer> answers = new ArrayList<>();

    protected GoodPractice() {
        // for JPA
    }

    private GoodPractice(String key) {
        super(key);
    }

    public static GoodPractice create(String key, PracticeContent content) {
        GoodPractice practice = new GoodPractice(key);
        practice.revise(content);
        return practice;
    }

    @Override
    public EntryType entryType() {
        return EntryType.PRACTICE;
    }

    public boolean revise(PracticeContent content) {
        if (title != null && content.equals(content())) {
            return false;
        }
        title = content.title();
        country = content.country();
        summary = content.summary();
        body = content.body();
        ictCategories.clear();
        ictCategories.addAll(content.ictCategories());
        challenges.clear();
        challenges.addAll(content.challenges());
        source = content.source();
        answers.clear();
        answers.addAll(content.answers());
        changeVisibility(content.visibility());
        return true;
    }

    public PracticeContent content() {
        return new PracticeContent(
                title, country, summary, body, ictCategories, challenges, getVisibility(), getSource(), answers);
    }

    public String getTitle() {
        return title;
    }

    public String getCountry() {
        return country;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public Set<IctCategory> getIctCategories() {
        return ictCategories.isEmpty() ? Set.of() : EnumSet.copyOf(ictCategories);
    }

    public Set<Challenge> getChallenges() {
        return challenges.isEmpty() ? Set.of() : EnumSet.copyOf(challenges);
    }

    public PracticeSource getSource() {
        return source == null ? PracticeSource.curated() : source;
    }

    /**
     * Every descriptive text of the entry in one list, indexed as the combined analysed fields {@code text} and
     * {@code text_<language>} (search.analysis.LiaisonSearchMapping, docs/search.md "Analysis").
     */
    @Transient
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "title")),
                @ObjectPath(@PropertyValue(propertyName = "summary")),
                @ObjectPath(@PropertyValue(propertyName = "body")),
                @ObjectPath({@PropertyValue(propertyName = "answers"), @PropertyValue(propertyName = "answer")})
            })
    public List<String> getSearchText() {
        return Stream.concat(Stream.of(title, summary, body), answers.stream().map(PracticeAnswer::getAnswer))
                .filter(Objects::nonNull)
                .toList();
    }

    public List<PracticeAnswer> getAnswers() {
        return List.copyOf(answers);
    }
}
