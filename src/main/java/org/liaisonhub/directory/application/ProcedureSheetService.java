package org.liaisonhub.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.directory.domain.ProcedureSheet;
import org.liaisonhub.directory.domain.ProcedureSheetContent;
import org.liaisonhub.security.Viewer;

/** Read side of the country procedure sheets, always through the viewer's visibility. */
@ApplicationScoped
@Transactional
public class ProcedureSheetService {

    private final ProcedureSheetRepository sheets;
    private final DirectoryRepository directory;

    ProcedureSheetService() {
        this(null, null); // for CDI's client proxy only
    }

    @Inject
    public ProcedureSheetService(ProcedureSheetRepository sheets, DirectoryRepository directory) {
        this.sheets = sheets;
        this.directory = directory;
    }

    public Optional<ProcedureSheetDetails> sheet(String key, Viewer viewer) {
        return sheets.findVisible(key, viewer.visibleLevels(), viewer.visibleStatuses())
                .map(s -> details(s, viewer));
    }

    /** The sheets the viewer may see, of one country and one kind of request when given (null: any). */
    public List<ProcedureSheetDetails> sheets(String country, Competence request, Viewer viewer) {
        return sheets.findAllVisible(country, request, viewer.visibleLevels(), viewer.visibleStatuses()).stream()
                .map(s -> details(s, viewer))
                .toList();
    }

    private ProcedureSheetDetails details(ProcedureSheet sheet, Viewer viewer) {
        ProcedureSheetContent c = sheet.content();
        AuthorityRef authority = directory
                .findVisibleAuthority(c.authorityKey(), viewer.visibleLevels(), viewer.visibleStatuses())
                .map(AuthorityRef::of)
                .orElse(null);
        return new ProcedureSheetDetails(
                sheet.getKey(),
                c.country(),
                c.request().name(),
                authority,
                c.channels().stream().map(ProcedureAdvisor::details).toList(),
                c.languages(),
                c.languageNote(),
                c.encryptionRequired(),
                c.eSignatureRequired(),
                c.doubleCriminality() == null ? null : c.doubleCriminality().name(),
                c.timeLimitDays(),
                c.timeLimits(),
                c.evidenceUseLimits(),
                c.modelFormUrl(),
                c.lastVerified() == null ? null : c.lastVerified().toString(),
                c.visibility().name(),
                sheet.getStatus().name(),
                sheet.getUpdatedAt());
    }
}
