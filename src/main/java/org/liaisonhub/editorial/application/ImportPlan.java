package org.liaisonhub.editorial.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.domain.Authority;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.ContactContent;
import org.liaisonhub.directory.domain.ContactPoint;
import org.liaisonhub.directory.domain.ProcedureSheet;
import org.liaisonhub.directory.domain.ProcedureSheetContent;
import org.liaisonhub.editorial.exchange.InvalidDocumentException;
import org.liaisonhub.editorial.exchange.Problem;
import org.liaisonhub.practices.domain.GoodPractice;
import org.liaisonhub.practices.domain.PracticeContent;
import org.liaisonhub.resources.domain.NetworkResource;
import org.liaisonhub.resources.domain.ResourceContent;

/**
 * What an import will write — every entry's new content, and the stored entry it replaces — and the problems that
 * keep it from writing anything. Built whole by {@link ImportPlanner} before {@link ImportWriter} writes a row.
 */
final class ImportPlan {

    /** One entry as it will be: its key, the stored entry if there is one, and its new content. */
    record Planned<E, C>(String key, Optional<E> stored, C content) {}

    private final boolean allowLowerVisibility;
    private final List<Problem> problems = new ArrayList<>();
    /** By key, in the document's order; the contacts' authorities are looked up here first. */
    final Map<String, Planned<Authority, AuthorityContent>> authorities = new LinkedHashMap<>();

    final List<Planned<ContactPoint, ContactContent>> contacts = new ArrayList<>();
    final List<Planned<NetworkResource, ResourceContent>> resources = new ArrayList<>();
    final List<Planned<GoodPractice, PracticeContent>> practices = new ArrayList<>();
    final List<Planned<ProcedureSheet, ProcedureSheetContent>> procedures = new ArrayList<>();

    /**
     * @param allowLowerVisibility whether the caller confirmed that entries may become visible to more people than
     *            now; without it, lowering a level is a problem
     */
    ImportPlan(boolean allowLowerVisibility) {
        this.allowLowerVisibility = allowLowerVisibility;
    }

    void problem(String section, String key, String field, String message) {
        problems.add(new Problem(section, key, field, message));
    }

    void problems(List<Problem> found) {
        problems.addAll(found);
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** A problem when {@code imported} is lower (more open) than {@code stored} and the caller did not confirm it. */
    void checkLowering(String section, String key, String field, Visibility stored, Visibility imported) {
        if (!allowLowerVisibility && imported.compareTo(stored) < 0) {
            problem(
                    section,
                    key,
                    field,
                    "would be lowered from " + stored + " to " + imported
                            + " (visible to more people); import with ?allowLowerVisibility=true to confirm");
        }
    }

    void refuseIfAnyProblem() {
        if (!problems.isEmpty()) {
            throw InvalidDocumentException.of(problems);
        }
    }
}
