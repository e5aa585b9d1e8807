package org.liaisonhub.search.application;

import jakarta.transaction.TransactionManager;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.transaction.jta.platform.spi.JtaPlatform;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;
import org.liaisonhub.platform.application.ContentGeneration;

/**
 * Registers {@link IndexChangeListener} with Hibernate (META-INF/services, like platform.SchemaMigrationIntegrator),
 * advancing the {@link ContentGeneration} after each committed write. Only under JTA, that is in the server: the
 * benchmark harness boots the persistence unit in Java SE with local transactions and has no result cache.
 */
public class IndexChangeIntegrator implements Integrator {

    @Override
    public void integrate(
            Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        JtaPlatform jta = sessionFactory.getServiceRegistry().getService(JtaPlatform.class);
        TransactionManager transactions = jta == null ? null : jta.retrieveTransactionManager();
        if (transactions == null) {
            return;
        }
        IndexChangeListener listener = new IndexChangeListener(IndexWrittenSynchronization::advanceGeneration);
        EventListenerRegistry events = sessionFactory.getServiceRegistry().getService(EventListenerRegistry.class);
        events.appendListeners(EventType.POST_INSERT, listener);
        events.appendListeners(EventType.POST_UPDATE, listener);
        events.appendListeners(EventType.POST_DELETE, listener);
        events.appendListeners(EventType.POST_COLLECTION_RECREATE, listener);
        events.appendListeners(EventType.POST_COLLECTION_UPDATE, listener);
        events.appendListeners(EventType.POST_COLLECTION_REMOVE, listener);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // the listeners go with the session factory
    }
}
