package org.liaisonhub.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.domain.Authority;
import org.liaisonhub.directory.domain.ContactInAuthority;
import org.liaisonhub.directory.domain.ContactPoint;

/**
 * Loads authorities and contact points; reader queries take the visibility levels the reader may see. A contact
 * point is read only together with its authority, with both levels in the query: its effective visibility is the
 * stricter of its own and its authority's.
 */
@ApplicationScoped
public class DirectoryRepository {

    private final EntityManager em;

    DirectoryRepository() {
        this(null); // for CDI's client proxy only
    }

    @Inject
    public DirectoryRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Authority> findAuthority(String key) {
        return em.createQuery("select a from Authority a where a.key = :key", Authority.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    public Optional<Authority> findVisibleAuthority(
            String key, Set<Visibility> levels, Set<PublicationStatus> statuses) {
        return em.createQuery(
                        "select a from Authority a where a.key = :key and a.visibility in :levels"
                                + " and a.status in :statuses",
                        Authority.class)
                .setParameter("key", key)
                .setParameter("levels", levels)
                .setParameter("statuses", statuses)
                .getResultStream()
                .findFirst();
    }

    public Optional<ContactPoint> findContact(String key) {
        return em.createQuery("select c from ContactPoint c where c.key = :key", ContactPoint.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /** A contact point is visible when it and its authority both are. */
    public Optional<ContactPoint> findVisibleContact(
            String key, Set<Visibility> levels, Set<PublicationStatus> statuses) {
        return em.createQuery(
                        "select c from ContactPoint c join fetch c.authority where c.key = :key"
                                + " and c.visibility in :levels and c.authority.visibility in :levels"
                                + " and c.status in :statuses and c.authority.status in :statuses",
                        ContactPoint.class)
                .setParameter("key", key)
                .setParameter("levels", levels)
                .setParameter("statuses", statuses)
                .getResultStream()
                .findFirst();
    }

    public List<ContactPoint> findVisibleContactsOf(
            Authority authority, Set<Visibility> levels, Set<PublicationStatus> statuses) {
        return em.createQuery(
                        "select c from ContactPoint c where c.authority = :authority"
                                + " and c.visibility in :levels and c.status in :statuses order by c.role, c.key",
                        ContactPoint.class)
                .setParameter("authority", authority)
                .setParameter("levels", levels)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    /** Authorities that name one of these networks (as written, ignoring case). */
    public List<Authority> findVisibleMembersOf(
            Collection<String> networkNames, Set<Visibility> levels, Set<PublicationStatus> statuses) {
        if (networkNames.isEmpty()) {
            return List.of();
        }
        List<String> lower = networkNames.stream()
                .map(n -> n.strip().toLowerCase(Locale.ROOT))
                .toList();
        return em.createQuery(
                        "select distinct a from Authority a join a.networks n where lower(n) in :names"
                                + " and a.visibility in :levels and a.status in :statuses order by a.country, a.name",
                        Authority.class)
                .setParameter("names", lower)
                .setParameter("levels", levels)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    public List<Authority> findAllVisibleAuthorities(Set<Visibility> levels, Set<PublicationStatus> statuses) {
        return em.createQuery(
                        "select a from Authority a where a.visibility in :levels and a.status in :statuses"
                                + " order by a.key",
                        Authority.class)
                .setParameter("levels", levels)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    /** Contacts visible together with their authority, so an export always imports cleanly. */
    public List<ContactPoint> findAllVisibleContacts(Set<Visibility> levels, Set<PublicationStatus> statuses) {
        return em.createQuery(
                        "select c from ContactPoint c join fetch c.authority where c.visibility in :levels"
                                + " and c.authority.visibility in :levels and c.status in :statuses and c.authority.status in :statuses"
                                + " order by c.key",
                        ContactPoint.class)
                .setParameter("levels", levels)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    /** Every contact point in a country visible together with its authority, authorities fetched. */
    public List<ContactPoint> findVisibleContactsIn(
            String country, Set<Visibility> levels, Set<PublicationStatus> statuses) {
        return em.createQuery(
                        "select c from ContactPoint c join fetch c.authority where c.authority.country = :country"
                                + " and c.visibility in :levels and c.authority.visibility in :levels"
                                + " and c.status in :statuses and c.authority.status in :statuses"
                                + " order by c.authority.name, c.role",
                        ContactPoint.class)
                .setParameter("country", country)
                .setParameter("levels", levels)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    public List<Authority> findVisibleAuthoritiesIn(
            String country, Set<Visibility> levels, Set<PublicationStatus> statuses) {
        return em.createQuery(
                        "select a from Authority a where a.country = :country and a.visibility in :levels"
                                + " and a.status in :statuses order by a.name",
                        Authority.class)
                .setParameter("country", country)
                .setParameter("levels", levels)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    /**
     * Contact points of this authority whose own level is more open than the authority's (it was tightened after
     * them): hidden wherever the authority is, by the effective-visibility rule, but worth telling the editor.
     */
    public long countContactsMoreOpenThan(Authority authority) {
        Set<Visibility> moreOpen = EnumSet.noneOf(Visibility.class);
        for (Visibility level : Visibility.values()) {
            if (ContactInAuthority.isMoreOpenThanAuthority(level, authority.getVisibility())) {
                moreOpen.add(level);
            }
        }
        if (moreOpen.isEmpty()) {
            return 0;
        }
        return em.createQuery(
                        "select count(c) from ContactPoint c where c.authority = :authority"
                                + " and c.visibility in :levels",
                        Long.class)
                .setParameter("authority", authority)
                .setParameter("levels", moreOpen)
                .getSingleResult();
    }

    public void add(Authority authority) {
        em.persist(authority);
    }

    public void add(ContactPoint contact) {
        em.persist(contact);
    }
}
