package org.liaisonhub.editorial.application;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.liaisonhub.directory.application.DirectoryRepository;
import org.liaisonhub.directory.application.ProcedureSheetRepository;
import org.liaisonhub.directory.domain.ProcedureSheet;
import org.liaisonhub.directory.domain.ProcedureSheetContent;
import org.liaisonhub.editorial.exchange.Keyed;

/**
 * The procedure sheets of an import: planned like the entries (laid over the stored sheet, lowered visibility
 * refused unless confirmed) and checked for what the database would otherwise refuse with an error — the authority
 * must be in the document or in Liaison, and one country has one sheet per kind of request.
 */
final class ProcedureImport {

    private final DirectoryRepository directory;
    private final ProcedureSheetRepository sheets;

    ProcedureImport(DirectoryRepository directory, ProcedureSheetRepository sheets) {
        this.directory = directory;
        this.sheets = sheets;
    }

    void plan(ImportPlan plan, Iterable<Keyed<ProcedureSheetContent>> records) {
        Map<String, String> keyByPair = new HashMap<>();
        for (Keyed<ProcedureSheetContent> record : records) {
            Optional<ProcedureSheet> stored = sheets.findByKey(record.key());
            ProcedureSheetContent content = stored.map(s -> ContentMerge.keepOmitted(s.content(), record))
                    .orElse(record.content());
            stored.ifPresent(s -> plan.checkLowering(
                    "procedures", record.key(), "visibility", s.getVisibility(), content.visibility()));
            String authority = content.authorityKey();
            if (!plan.authorities.containsKey(authority)
                    && directory.findAuthority(authority).isEmpty()) {
                plan.problem(
                        "procedures",
                        record.key(),
                        "authority",
                        "no authority with key '" + authority + "' in this document or in Liaison");
            }
            String pair = content.country() + " " + content.request();
            String other = keyByPair.putIfAbsent(pair, record.key());
            Optional<String> storedOther = sheets.findFor(content.country(), content.request())
                    .map(ProcedureSheet::getKey)
                    .filter(key -> !key.equals(record.key()));
            if (other != null || storedOther.isPresent()) {
                plan.problem(
                        "procedures",
                        record.key(),
                        "request",
                        "'" + (other != null ? other : storedOther.get()) + "' is already the sheet for "
                                + content.request() + " requests to " + content.country());
            }
            plan.procedures.add(new ImportPlan.Planned<>(record.key(), stored, content));
        }
    }
}
