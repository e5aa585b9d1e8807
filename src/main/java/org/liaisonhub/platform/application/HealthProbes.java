package org.liaisonhub.platform.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

/**
 * One small read per dependency, each on its own so that one failing leaves the others be. None needs a JTA
 * transaction or the container's persistence context (a load balancer asks often): the database is asked for a
 * pooled connection's validity, the search backend for a count over a plain entity manager that reads no row.
 */
@ApplicationScoped
public class HealthProbes {

    /** The data source persistence.xml names; {@code @Resource} cannot be a constructor parameter. */
    @Resource(lookup = "java:jboss/datasources/LiaisonDS")
    DataSource dataSource;

    private final EntityManagerFactory emf;

    HealthProbes() {
        this.emf = null; // for CDI's client proxy only
    }

    @Inject
    public HealthProbes(EntityManager em) {
        this.emf = em.getEntityManagerFactory();
    }

    /** A round trip to the database (the driver's validity check). */
    public void database() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(2)) {
                throw new IllegalStateException("The database connection is not valid.");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A query the search backend (Lucene or OpenSearch) must answer: a count over every indexed entity, whichever
     * the features map (the platform names none of them).
     */
    public void search() {
        try (EntityManager em = emf.createEntityManager()) {
            SearchMapping mapping = Search.mapping(emf);
            List<Class<?>> indexed = mapping.allIndexedEntities().stream()
                    .<Class<?>>map(SearchIndexedEntity::javaClass)
                    .toList();
            Search.session(em).search(indexed).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    /** Index events committed but not yet processed by any node (outbox-polling coordination only). */
    public long pendingOutboxEvents() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from hsearch_outbox_event")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
