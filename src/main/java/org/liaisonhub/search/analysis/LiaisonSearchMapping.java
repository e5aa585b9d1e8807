package org.liaisonhub.search.analysis;

import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.liaisonhub.directory.domain.Authority;
import org.liaisonhub.directory.domain.ContactPoint;
import org.liaisonhub.practices.domain.GoodPractice;
import org.liaisonhub.practices.domain.PracticeAnswer;
import org.liaisonhub.resources.domain.NetworkResource;

/**
 * The search copies of the entities' text, added to their annotation mapping: one analysed copy per language
 * of every text field ({@code summary_fr}, {@code title_text_ru}, …; {@link LiaisonAnalyzers#LANGUAGES}), an
 * exact (unfolded) copy of names, an edge n-gram copy of names for suggestions, and the sortable date a contact
 * point was last verified. Written as code because the same few lines repeat for nine languages and four
 * entities; the entities keep their own annotations for the base fields.
 */
public class LiaisonSearchMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();

        name(mapping.type(Authority.class).property("name"), "title", true);
        name(mapping.type(Authority.class).property("localName"), "localName", true);
        languages(mapping.type(Authority.class).property("description"), "summary");

        countryNames(mapping.type(Authority.class).property("country"));

        name(mapping.type(ContactPoint.class).property("role"), "title", true);
        countryNames(mapping.type(ContactPoint.class).property("country"));
        languages(mapping.type(ContactPoint.class).property("summary"), "summary");
        mapping.type(ContactPoint.class).property("lastVerified")
                .genericField("last_verified").sortable(Sortable.YES);

        name(mapping.type(NetworkResource.class).property("name"), "title", true);
        name(mapping.type(NetworkResource.class).property("acronym"), "acronym", false);
        languages(mapping.type(NetworkResource.class).property("description"), "summary");

        countryNames(mapping.type(GoodPractice.class).property("country"));
        PropertyMappingStep practiceTitle = mapping.type(GoodPractice.class).property("title");
        practiceTitle.fullTextField("title_exact").analyzer(LiaisonAnalyzers.NAME_EXACT).norms(Norms.NO);
        suggest(practiceTitle, "title");
        languages(practiceTitle, "title_text"); // title_text itself is on the entity
        languages(mapping.type(GoodPractice.class).property("summary"), "summary");
        languages(mapping.type(GoodPractice.class).property("body"), "body");
        languages(mapping.type(PracticeAnswer.class).property("answer"), "answer");
    }

    /** The country's names in the search languages, for queries such as "MLA Brazil". */
    private static void countryNames(PropertyMappingStep property) {
        property.fullTextField("country_text").valueBridge(new CountryNamesBridge())
                .analyzer(LiaisonAnalyzers.NAME).norms(Norms.NO);
    }

    /** Exact, suggestion and (for names written in words) analysed-text copies of a name. */
    private static void name(PropertyMappingStep property, String field, boolean text) {
        property.fullTextField(field + "_exact").analyzer(LiaisonAnalyzers.NAME_EXACT).norms(Norms.NO);
        suggest(property, field);
        if (text) {
            property.fullTextField(field + "_text").analyzer(LiaisonAnalyzers.TEXT);
            languages(property, field + "_text");
        }
    }

    private static void suggest(PropertyMappingStep property, String field) {
        property.fullTextField(field + "_suggest").analyzer(LiaisonAnalyzers.SUGGEST)
                .searchAnalyzer(LiaisonAnalyzers.SUGGEST_QUERY);
    }

    private static void languages(PropertyMappingStep property, String field) {
        for (String language : LiaisonAnalyzers.LANGUAGES) {
            property.fullTextField(field + "_" + language).analyzer(LiaisonAnalyzers.text(language));
        }
    }
}
