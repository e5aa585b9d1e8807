package org.liaisonhub.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

/**
 * What happens when the application starts: every feature's {@link StartupStep}, in their order (the index check,
 * the operator's first admin, the demo data if asked for, the setup token if there is still no admin).
 */
@ApplicationScoped
public class StartupTasks {

    private static final Logger LOG = Logger.getLogger(StartupTasks.class.getName());

    @Inject
    Instance<StartupStep> steps;

    void onStart(@Observes Startup event) {
        for (StartupStep step : inOrder(steps.stream().toList())) {
            LOG.fine(() ->
                    "Startup step " + step.order() + ": " + step.getClass().getSimpleName());
            step.run();
        }
    }

    /** The steps by {@link StartupStep#order()}, then by class name, so the same set always runs the same way. */
    static List<StartupStep> inOrder(List<StartupStep> steps) {
        return steps.stream()
                .sorted(Comparator.comparingInt(StartupStep::order)
                        .thenComparing(step -> step.getClass().getName()))
                .toList();
    }
}
