package org.liaisonhub.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldTypeDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.liaisonhub.search.application.IndexMaintenance;

/**
 * The application's own persistence unit ({@code META-INF/persistence.xml}: entities, Hibernate Search mapping,
 * analysis configurer, Flyway migrations through its integrator) bootstrapped in Java SE: only what WildFly
 * supplies is replaced (the data source, resource-local transactions, the index directory, no JTA cache).
 */
public final class LiaisonUnit implements AutoCloseable {

    private final EntityManagerFactory emf;
    private final Path indexRoot;

    public LiaisonUnit(DataSource dataSource, Path indexRoot) {
        this(dataSource, indexRoot, Map.of());
    }

    /** The same unit with some settings replaced: the Elasticsearch backend ({@link OpenSearchCase}), or a setting
     * compared before and after (ProfileIndexing). */
    public LiaisonUnit(DataSource dataSource, Path indexRoot, Map<String, Object> overrides) {
        this.indexRoot = indexRoot;
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        settings.put("jakarta.persistence.jtaDataSource", dataSource);
        settings.put("jakarta.persistence.nonJtaDataSource", dataSource);
        settings.put("hibernate.search.backend.directory.root", indexRoot.toString());
        // persistence.xml names these with ${...} expressions that only WildFly expands: the embedded defaults.
        settings.put("hibernate.search.backend.type", "lucene");
        settings.put(
                "hibernate.search.backend.analysis.configurer",
                "class:org.liaisonhub.search.analysis.LiaisonLuceneAnalysisConfigurer");
        settings.put("hibernate.search.coordination.strategy", "none");
        settings.put("hibernate.search.indexing.plan.synchronization.strategy", "sync");
        // WildFly's Infinispan region factory is not here; search reads projections from the index anyway.
        settings.put("hibernate.cache.use_second_level_cache", "false");
        settings.putAll(overrides);
        this.emf = Persistence.createEntityManagerFactory("liaison", settings);
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    public Path indexRoot() {
        return indexRoot;
    }

    public EntityManager entityManager() {
        return emf.createEntityManager();
    }

    /** Rebuilds the index with the application's own mass indexer settings ({@link IndexMaintenance#reindex}). */
    public void massIndex() {
        try (EntityManager em = emf.createEntityManager()) {
            new IndexMaintenance(em, null).reindex();
        }
    }

    /** Every full-text field of the four indexes with its search analyzer, from the Hibernate Search metamodel. */
    public Map<String, Analyzer> fullTextFields(boolean forSearch) {
        SearchMapping mapping = Search.mapping(emf);
        LuceneBackend backend = mapping.backend().unwrap(LuceneBackend.class);
        Map<String, Analyzer> fields = new LinkedHashMap<>();
        for (SearchIndexedEntity<?> entity : mapping.allIndexedEntities()) {
            for (IndexFieldDescriptor field : entity.indexManager().descriptor().staticFields()) {
                if (!field.isValueField()) {
                    continue;
                }
                IndexValueFieldTypeDescriptor fieldType = field.toValueField().type();
                var name = forSearch
                        ? fieldType.searchAnalyzerName().or(fieldType::analyzerName)
                        : fieldType.analyzerName();
                name.flatMap(n -> backend.analyzer(n).map(Analyzer.class::cast))
                        .ifPresent(a -> fields.putIfAbsent(field.absolutePath(), a));
            }
        }
        return fields;
    }

    /** Index directory names of the four entity types, as the {@code @Indexed(index=…)} mapping names them. */
    public List<String> indexNames() {
        return Search.mapping(emf).allIndexedEntities().stream()
                .map(e -> e.indexManager().descriptor().hibernateSearchName())
                .toList();
    }

    @Override
    public void close() {
        emf.close();
    }
}
