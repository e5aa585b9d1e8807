package org.liaisonhub.editorial.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.liaisonhub.catalog.EntryType;
import org.liaisonhub.directory.application.DirectoryService;
import org.liaisonhub.editorial.application.ReportRejectedException.Reason;
import org.liaisonhub.editorial.domain.OutdatedReport;
import org.liaisonhub.resources.application.ResourceService;
import org.liaisonhub.security.Viewer;

/**
 * "Report outdated": signed-in members report that a contact, authority or resource they can see looks out of
 * date; editors list the open reports and mark them handled.
 */
@ApplicationScoped
@Transactional
public class ReportService {

    private final ReportRepository reports;
    private final DirectoryService directory;
    private final ResourceService resources;

    ReportService() {
        this(null, null, null); // for CDI's client proxy only
    }

    @Inject
    public ReportService(ReportRepository reports, DirectoryService directory, ResourceService resources) {
        this.reports = reports;
        this.directory = directory;
        this.resources = resources;
    }

    /** The entry this report is about, as the reporter sees it. */
    private record Reported(String title, String country) {}

    public ReportSummary report(String type, String key, String comment, Viewer viewer) {
        if (!viewer.isMember()) {
            throw new ReportRejectedException(Reason.FORBIDDEN, "Sign in to report an outdated entry.");
        }
        EntryType entryType = EntryType.fromCode(type == null ? "" : type.strip())
                .filter(t -> t != EntryType.PRACTICE && t != EntryType.PROCEDURE)
                .orElseThrow(() ->
                        new ReportRejectedException(Reason.INVALID, "'type' must be contact, authority or resource."));
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty()) {
            throw new ReportRejectedException(Reason.INVALID, "Say in a comment what looks outdated.");
        }
        if (text.length() > OutdatedReport.MAX_COMMENT) {
            throw new ReportRejectedException(
                    Reason.INVALID,
                    "The comment is too long (" + text.length() + " characters); at most " + OutdatedReport.MAX_COMMENT
                            + " are allowed.");
        }
        String entryKey = key == null ? "" : key.strip();
        Reported entry = find(entryType, entryKey, viewer)
                .orElseThrow(() -> new ReportRejectedException(
                        Reason.NOT_FOUND, "No " + entryType.code() + " with key '" + entryKey + "'."));
        OutdatedReport report = new OutdatedReport(
                entryType,
                entryKey,
                entry.title(),
                entry.country(),
                text,
                viewer.name(),
                Instant.now(Clock.systemUTC()));
        reports.add(report);
        return ReportSummary.of(report);
    }

    private Optional<Reported> find(EntryType type, String key, Viewer viewer) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return switch (type) {
            case CONTACT ->
                directory
                        .contact(key, viewer)
                        .map(c -> new Reported(
                                c.role() + " – " + c.authority().name(),
                                c.authority().country()));
            case AUTHORITY -> directory.authority(key, viewer).map(a -> new Reported(a.name(), a.country()));
            case RESOURCE -> resources.details(key, viewer).map(r -> new Reported(r.name(), null));
            case PRACTICE, PROCEDURE -> Optional.empty();
        };
    }

    /** Open reports, oldest first; with {@code includeHandled} the latest reports of any state. */
    public List<ReportSummary> list(boolean includeHandled, Viewer viewer) {
        requireEditor(viewer);
        return (includeHandled ? reports.findAll() : reports.findOpen())
                .stream().map(ReportSummary::of).toList();
    }

    public ReportSummary markHandled(long id, Viewer viewer) {
        requireEditor(viewer);
        OutdatedReport report = reports.find(id)
                .orElseThrow(() -> new ReportRejectedException(Reason.NOT_FOUND, "No report " + id + "."));
        report.markHandled(viewer.name(), Instant.now(Clock.systemUTC()));
        return ReportSummary.of(report);
    }

    private static void requireEditor(Viewer viewer) {
        if (!viewer.isEditor()) {
            throw new ReportRejectedException(Reason.FORBIDDEN, "Only editors see the reports.");
        }
    }
}
