package org.liaisonhub.platform;

import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Migrates the database while Hibernate builds the persistence unit: Hibernate calls integrators before it runs
 * its schema tool, so the schema is current when {@code hibernate.hbm2ddl.auto=validate} checks the mapping, and
 * before anything else (start-up tasks, Hibernate Search, requests) can use the database. Registered in
 * META-INF/services, where Hibernate looks for integrators in the deployment (on WildFly, the persistence.xml
 * setting {@code hibernate.integrator_provider} is resolved by Hibernate's own module and cannot see the WAR).
 */
public class SchemaMigrationIntegrator implements Integrator {

    @Override
    public void integrate(
            Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        // The persistence unit's own JTA data source (java:jboss/datasources/LiaisonDS), as Hibernate holds it.
        DataSource dataSource = sessionFactory
                .getServiceRegistry()
                .requireService(ConnectionProvider.class)
                .unwrap(DataSource.class);
        SchemaMigrations.migrate(dataSource);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release
    }
}
