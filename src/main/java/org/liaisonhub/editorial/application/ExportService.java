package org.liaisonhub.editorial.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liaisonhub.directory.application.DirectoryRepository;
import org.liaisonhub.editorial.exchange.ExchangeDocument;
import org.liaisonhub.editorial.exchange.Keyed;
import org.liaisonhub.practices.application.PracticeRepository;
import org.liaisonhub.resources.application.NetworkResourceRepository;
import org.liaisonhub.security.Viewer;

/** Everything a viewer may see, as one exchange document (the format {@link ImportService} reads). */
@ApplicationScoped
public class ExportService {

    private final DirectoryRepository directory;
    private final NetworkResourceRepository resources;
    private final PracticeRepository practices;

    ExportService() {
        this(null, null, null); // for CDI's client proxy only
    }

    @Inject
    public ExportService(DirectoryRepository directory, NetworkResourceRepository resources,
            PracticeRepository practices) {
        this.directory = directory;
        this.resources = resources;
        this.practices = practices;
    }

    /**
     * Visibility is part of every query here: nothing the viewer may not see is even loaded. Personal details
     * of a contact point (person name, direct phone) leave only for viewers of their own level.
     */
    @Transactional
    public ExchangeDocument export(Viewer viewer) {
        var levels = viewer.visibleLevels();
        var statuses = viewer.visibleStatuses();
        return new ExchangeDocument(
                directory.findAllVisibleAuthorities(levels, statuses).stream().map(a -> new Keyed<>(a.getKey(), a.content()))
                        .toList(),
                directory.findAllVisibleContacts(levels, statuses).stream().map(c -> new Keyed<>(c.getKey(),
                        c.showsPersonalDetailsTo(levels) ? c.content() : c.content().withoutPersonalDetails()))
                        .toList(),
                resources.findAllVisible(levels, statuses).stream().map(r -> new Keyed<>(r.getKey(), r.content())).toList(),
                practices.findAllVisible(levels, statuses).stream().map(p -> new Keyed<>(p.getKey(), p.content())).toList());
    }
}
