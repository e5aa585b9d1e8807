package org.liaisonhub.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Makes the container-managed, transaction-scoped EntityManager injectable into constructors. */
@ApplicationScoped
public class EntityManagerProducer {

    @PersistenceContext(unitName = "liaison")
    EntityManager entityManager;

    @Produces
    EntityManager entityManager() {
        return entityManager;
    }
}
