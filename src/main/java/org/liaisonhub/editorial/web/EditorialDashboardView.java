package org.liaisonhub.editorial.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.editorial.application.EditorialEntry;
import org.liaisonhub.editorial.application.EditorialService;

/** {@code /editorial/index.xhtml}: entries by workflow status, the editors' work list. */
@Named
@ViewScoped
public class EditorialDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EditorialService editorial;

    private final List<StatusGroup> groups = new ArrayList<>();

    /** One status with its count and (up to 500) entries, newest change first. */
    public record StatusGroup(PublicationStatus status, long count, List<EditorialEntry> entries)
            implements Serializable {}

    @PostConstruct
    void init() {
        for (PublicationStatus status : List.of(
                PublicationStatus.IN_REVIEW,
                PublicationStatus.DRAFT,
                PublicationStatus.PUBLISHED,
                PublicationStatus.ARCHIVED)) {
            groups.add(new StatusGroup(status, editorial.countInStatus(status), editorial.inStatus(status)));
        }
    }

    public List<StatusGroup> getGroups() {
        return groups;
    }

    public List<String> getTypes() {
        return Arrays.stream(EntryType.values()).map(EntryType::code).toList();
    }
}
