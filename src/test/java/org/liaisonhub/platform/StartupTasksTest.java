package org.liaisonhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The features' startup steps run in their declared order, whatever order CDI finds them in. */
class StartupTasksTest {

    record Step(int order, List<String> log, String name) implements StartupStep {
        @Override
        public void run() {
            log.add(name);
        }
    }

    @Test
    void stepsRunByOrder_theIndexFirst_theSetupTokenLast() {
        List<String> log = new java.util.ArrayList<>();
        List<StartupStep> found = List.of(
                new Step(StartupStep.ADMIN_SETUP, log, "setup token"),
                new Step(StartupStep.DEMO_DATA, log, "demo data"),
                new Step(StartupStep.INDEX_CHECK, log, "index"),
                new Step(StartupStep.BOOTSTRAP_ADMIN, log, "admin"));

        StartupTasks.inOrder(found).forEach(StartupStep::run);

        assertThat(log).containsExactly("index", "admin", "demo data", "setup token");
    }
}
