package org.liaisonhub.search.analysis;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;
import org.hibernate.search.mapper.pojo.model.path.PojoModelPath;
import org.liaisonhub.catalog.LiaisonAnalyzers;
import org.liaisonhub.directory.domain.Authority;
import org.liaisonhub.directory.domain.ContactPoint;
import org.liaisonhub.directory.domain.ProcedureSheet;
import org.liaisonhub.practices.domain.GoodPractice;
import org.liaisonhub.resources.domain.NetworkResource;

/**
 * The search copies of the entities' text, added to their annotation mapping: the combined analysed text of each
 * entry ({@code getSearchText()}: name, local name, description, body, answers) once per language ({@link #TEXT}
 * in English, {@code text_fr}, … {@code text_zh}; {@link LiaisonAnalyzers#LANGUAGES}) and once as folded words
 * for the term dictionary ({@link #WORDS}: typo tolerance, did-you-mean); an exact (unfolded) copy of names, an
 * English-stemmed copy of names, an edge n-gram copy of names for suggestions, and the sortable date a contact
 * point was last verified. One combined field per language instead of a copy of every text field keeps a query at
 * a few clauses per word (docs/search.md "Analysis"); field weights live on the few name fields.
 */
public class LiaisonSearchMapping implements HibernateOrmSearchMappingConfigurer {

    /** The combined text of an entry, English analysis; {@code text_<language>} for the other languages. */
    public static final String TEXT = "text";

    /** The combined text of an entry as folded, unstemmed words: the dictionary of words the index knows. */
    public static final String WORDS = "text_words";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();

        name(mapping.type(Authority.class).property("name"), "title", true);
        name(mapping.type(Authority.class).property("localName"), "localName", true);
        combinedText(mapping.type(Authority.class).property("searchText"));
        countryNames(mapping.type(Authority.class).property("country"));
        aroundTheClock(mapping.type(Authority.class).property("availability"));

        name(mapping.type(ContactPoint.class).property("role"), "title", true);
        countryNames(mapping.type(ContactPoint.class).property("country"));
        combinedText(mapping.type(ContactPoint.class).property("searchText"));
        // A contact point is 24/7 by its own flag, or by its authority's when it says nothing of its own.
        aroundTheClock(mapping.type(ContactPoint.class)
                .property("effectiveAvailability")
                .indexingDependency()
                .derivedFrom(PojoModelPath.parse("availability"))
                .derivedFrom(PojoModelPath.parse("authority.availability")));
        mapping.type(ContactPoint.class)
                .property("lastVerified")
                .genericField("last_verified")
                .sortable(Sortable.YES);

        name(mapping.type(NetworkResource.class).property("name"), "title", true);
        name(mapping.type(NetworkResource.class).property("acronym"), "acronym", false);
        combinedText(mapping.type(NetworkResource.class).property("searchText"));

        countryNames(mapping.type(GoodPractice.class).property("country"));
        PropertyMappingStep practiceTitle = mapping.type(GoodPractice.class).property("title");
        practiceTitle
                .fullTextField("title_exact")
                .analyzer(LiaisonAnalyzers.NAME_EXACT)
                .norms(Norms.NO);
        suggest(practiceTitle, "title"); // title_text itself is on the entity
        combinedText(mapping.type(GoodPractice.class).property("searchText"));

        // A sheet's title is made from its country and kind of request, not a name anyone types as written: no exact
        // or stemmed name copies, so sheets do not crowd out the entries whose names a query gives (docs/search.md).
        suggest(mapping.type(ProcedureSheet.class).property("title"), "title");
        countryNames(mapping.type(ProcedureSheet.class).property("country"));
        combinedText(mapping.type(ProcedureSheet.class).property("searchText"));
    }

    /** The "availability" facet: {@code 24-7} for entries that answer around the clock (issue 17). */
    private static void aroundTheClock(PropertyMappingStep property) {
        property.keywordField("availability")
                .valueBridge(new AroundTheClockBridge())
                .aggregable(Aggregable.YES);
    }

    /** The country's names in the search languages, for queries such as "MLA Brazil". */
    private static void countryNames(PropertyMappingStep property) {
        property.fullTextField("country_text")
                .valueBridge(new CountryNamesBridge())
                .analyzer(LiaisonAnalyzers.NAME)
                .norms(Norms.NO);
    }

    /** Exact, suggestion and (for names written in words) English-stemmed copies of a name. */
    private static void name(PropertyMappingStep property, String field, boolean text) {
        property.fullTextField(field + "_exact")
                .analyzer(LiaisonAnalyzers.NAME_EXACT)
                .norms(Norms.NO);
        suggest(property, field);
        if (text) {
            property.fullTextField(field + "_text").analyzer(LiaisonAnalyzers.TEXT);
        }
    }

    private static void suggest(PropertyMappingStep property, String field) {
        property.fullTextField(field + "_suggest")
                .analyzer(LiaisonAnalyzers.SUGGEST)
                .searchAnalyzer(LiaisonAnalyzers.SUGGEST_QUERY);
    }

    private static void combinedText(PropertyMappingStep property) {
        property.fullTextField(TEXT).analyzer(LiaisonAnalyzers.TEXT);
        for (String language : LiaisonAnalyzers.LANGUAGES) {
            // Only the texts written in the script the language's copy is searched for (ScriptTextBridge).
            property.fullTextField(TEXT + "_" + language)
                    .analyzer(LiaisonAnalyzers.text(language))
                    .valueBridge(new ScriptTextBridge(ScriptTextBridge.scriptsOf(language)));
        }
        property.fullTextField(WORDS).analyzer(LiaisonAnalyzers.SUGGEST_QUERY).norms(Norms.NO);
    }
}
