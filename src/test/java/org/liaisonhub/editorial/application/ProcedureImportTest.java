package org.liaisonhub.editorial.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.directory.domain.Authority;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.AuthorityKind;
import org.liaisonhub.directory.domain.ProcedureSheetContent;
import org.liaisonhub.editorial.exchange.ExchangeDocument;
import org.liaisonhub.editorial.exchange.Keyed;
import org.liaisonhub.editorial.exchange.Problem;

class ProcedureImportTest {

    private final StoredEntries stored = new StoredEntries();

    private static ProcedureSheetContent sheet(String authority, String note) {
        return new ProcedureSheetContent(
                "SE",
                Competence.EIO,
                authority,
                List.of(),
                List.of("sv"),
                note,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static ExchangeDocument procedures(List<Keyed<ProcedureSheetContent>> sheets) {
        return new ExchangeDocument(List.of(), List.of(), List.of(), List.of(), sheets);
    }

    @Test
    void aSheetNamingAnUnknownAuthority_orASecondSheetForTheSamePair_isAProblem() {
        stored.authorities.put(
                "se-npa",
                Authority.create(
                        "se-npa",
                        new AuthorityContent(
                                "NPA", null, "SE", AuthorityKind.PROSECUTION, null, null, Set.of(), Set.of(), null)));

        ImportPlan plan = stored.planner()
                .plan(
                        procedures(List.of(
                                new Keyed<>("se-eio", sheet("se-npa", null)),
                                new Keyed<>("se-eio-2", sheet("se-npa", null)),
                                new Keyed<>("se-x", sheet("nobody", null)))),
                        false);

        assertThat(plan.problems())
                .extracting(Problem::key, Problem::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("se-eio-2", "request"),
                        org.assertj.core.groups.Tuple.tuple("se-x", "authority"),
                        org.assertj.core.groups.Tuple.tuple("se-x", "request"));
    }

    @Test
    void reimportingTheSameSheet_changesNothing_andAChangedOneIsUpdated() {
        stored.authorities.put(
                "se-npa",
                Authority.create(
                        "se-npa",
                        new AuthorityContent(
                                "NPA", null, "SE", AuthorityKind.PROSECUTION, null, null, Set.of(), Set.of(), null)));
        ExchangeDocument first = procedures(List.of(new Keyed<>("se-eio", sheet("se-npa", "Swedish"))));
        assertThat(stored.writer().write(stored.planner().plan(first, false), PublicationStatus.PUBLISHED))
                .isEqualTo(new ImportResult(1, 0, 0));

        assertThat(stored.writer().write(stored.planner().plan(first, false), PublicationStatus.PUBLISHED))
                .isEqualTo(new ImportResult(0, 0, 1));
        ExchangeDocument changed = procedures(List.of(new Keyed<>("se-eio", sheet("se-npa", "Swedish or English"))));
        assertThat(stored.writer().write(stored.planner().plan(changed, false), PublicationStatus.PUBLISHED))
                .isEqualTo(new ImportResult(0, 1, 0));
        assertThat(stored.sheets.get("se-eio").content().languageNote()).isEqualTo("Swedish or English");
    }
}
