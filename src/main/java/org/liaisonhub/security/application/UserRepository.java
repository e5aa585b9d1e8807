package org.liaisonhub.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.liaisonhub.security.domain.AppUser;

/** Loads and stores users. */
@ApplicationScoped
public class UserRepository {

    private final EntityManager em;

    UserRepository() {
        this(null); // for CDI's client proxy only
    }

    @Inject
    public UserRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<AppUser> findByUsername(String username) {
        return em.createQuery("select u from AppUser u where u.username = :name", AppUser.class)
                .setParameter("name", username)
                .getResultStream()
                .findFirst();
    }

    public List<AppUser> findAll() {
        return em.createQuery("select u from AppUser u order by u.username", AppUser.class)
                .getResultList();
    }

    public void add(AppUser user) {
        em.persist(user);
    }
}
