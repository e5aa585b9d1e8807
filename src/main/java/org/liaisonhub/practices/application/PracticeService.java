package org.liaisonhub.practices.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.liaisonhub.security.Viewer;

/** Read side of good practices, always through the viewer's visibility. */
@ApplicationScoped
@Transactional
public class PracticeService {

    private final PracticeRepository practices;

    PracticeService() {
        this(null); // for CDI's client proxy only
    }

    @Inject
    public PracticeService(PracticeRepository practices) {
        this.practices = practices;
    }

    public Optional<PracticeDetails> details(String key, Viewer viewer) {
        return practices
                .findVisible(key, viewer.visibleLevels(), viewer.visibleStatuses())
                .map(PracticeDetails::of);
    }
}
