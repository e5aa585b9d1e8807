package org.liaisonhub.testing.cluster;

import java.time.Duration;

/** Waiting helper of the cluster test. */
final class Nodes {

    private Nodes() {
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
