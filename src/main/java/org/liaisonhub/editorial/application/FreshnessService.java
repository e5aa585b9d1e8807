package org.liaisonhub.editorial.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.liaisonhub.directory.application.DirectoryRepository;
import org.liaisonhub.directory.domain.ContactPoint;
import org.liaisonhub.security.Viewer;

/**
 * Which entries need verification, by country: contact points whose last verification is missing or older
 * than 12 months (the rule of {@code ContactPoint.needsVerification}). Countries with most stale entries first.
 */
@ApplicationScoped
@Transactional
public class FreshnessService {

    private final DirectoryRepository directory;

    FreshnessService() {
        this(null); // for CDI's client proxy only
    }

    @Inject
    public FreshnessService(DirectoryRepository directory) {
        this.directory = directory;
    }

    public List<StaleCountry> staleByCountry(Viewer viewer, LocalDate today) {
        Map<String, List<StaleEntry>> byCountry =
                directory.findAllVisibleContacts(viewer.visibleLevels(), viewer.visibleStatuses()).stream()
                        .filter(c -> c.needsVerification(today))
                        .map(FreshnessService::entry)
                        .collect(Collectors.groupingBy(StaleEntry::country, TreeMap::new, Collectors.toList()));
        return byCountry.entrySet().stream()
                .map(e -> new StaleCountry(
                        e.getKey(),
                        e.getValue().size(),
                        e.getValue().stream()
                                .sorted(Comparator.comparing(
                                                StaleEntry::lastVerified,
                                                Comparator.nullsFirst(Comparator.naturalOrder()))
                                        .thenComparing(StaleEntry::title))
                                .toList()))
                .sorted(Comparator.comparingInt(StaleCountry::count).reversed().thenComparing(StaleCountry::country))
                .toList();
    }

    private static StaleEntry entry(ContactPoint c) {
        return new StaleEntry(
                c.getKey(),
                c.getRole(),
                c.getAuthority().getName(),
                c.getAuthority().getCountry(),
                c.getLastVerified());
    }
}
