package org.liaisonhub.resources.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.liaisonhub.security.Viewer;

/** Read side of network resources, always through the viewer's visibility. */
@ApplicationScoped
@Transactional
public class ResourceService {

    private final NetworkResourceRepository resources;

    ResourceService() {
        this(null); // for CDI's client proxy only
    }

    @Inject
    public ResourceService(NetworkResourceRepository resources) {
        this.resources = resources;
    }

    public Optional<ResourceDetails> details(String key, Viewer viewer) {
        return resources
                .findVisible(key, viewer.visibleLevels(), viewer.visibleStatuses())
                .map(ResourceDetails::of);
    }

    /** Resources by key, in the order asked, leaving out unknown and hidden ones. */
    public List<ResourceSummary> byKeys(List<String> keys, Viewer viewer) {
        return keys.stream()
                .map(key -> resources.findVisible(key, viewer.visibleLevels(), viewer.visibleStatuses()))
                .flatMap(Optional::stream)
                .map(ResourceSummary::of)
                .toList();
    }

    /** The resources these network names refer to, for links from authorities and contact points. */
    public List<ResourceSummary> knownAs(Collection<String> networkNames, Viewer viewer) {
        return resources.findKnownAs(networkNames, viewer.visibleLevels(), viewer.visibleStatuses()).stream()
                .map(ResourceSummary::of)
                .toList();
    }
}
