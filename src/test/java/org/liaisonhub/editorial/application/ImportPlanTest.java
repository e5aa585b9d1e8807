package org.liaisonhub.editorial.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.editorial.exchange.InvalidDocumentException;
import org.liaisonhub.editorial.exchange.Problem;

class ImportPlanTest {

    @Test
    void loweringALevel_isAProblem_raisingOrKeepingItIsNot() {
        ImportPlan plan = new ImportPlan(false);

        plan.checkLowering("resources", "r1", "visibility", Visibility.MEMBERS, Visibility.PUBLIC);
        plan.checkLowering("resources", "r2", "visibility", Visibility.MEMBERS, Visibility.RESTRICTED);
        plan.checkLowering("resources", "r3", "visibility", Visibility.MEMBERS, Visibility.MEMBERS);

        assertThat(plan.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("r1");
            assertThat(p.message()).contains("MEMBERS to PUBLIC", "allowLowerVisibility=true");
        });
    }

    @Test
    void aConfirmedPlan_mayLowerLevels() {
        ImportPlan plan = new ImportPlan(true);

        plan.checkLowering("contacts", "c1", "personalDetailsVisibility", Visibility.RESTRICTED, Visibility.PUBLIC);

        assertThat(plan.problems()).isEmpty();
        assertThatCode(plan::refuseIfAnyProblem).doesNotThrowAnyException();
    }

    @Test
    void aPlanWithProblems_isRefusedListingEveryOne() {
        ImportPlan plan = new ImportPlan(false);
        plan.problem("contacts", "c1", "authority", "no authority with key 'x'");
        plan.problems(java.util.List.of(new Problem("resources", "r1", "description", "is longer")));

        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class, plan::refuseIfAnyProblem);

        assertThat(e.problems()).extracting(Problem::key).containsExactly("c1", "r1");
        assertThat(e.getMessage()).isEqualTo("2 problems; nothing was imported");
    }
}
