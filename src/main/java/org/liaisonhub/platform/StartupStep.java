package org.liaisonhub.platform;

/**
 * One thing a feature does when the application starts, contributed as a CDI bean; {@link StartupTasks} runs them
 * all, in {@link #order()}, so the platform knows no feature. The orders of the steps Liaison has are here, so their
 * sequence can be read in one place.
 */
public interface StartupStep {

    /** The search index is checked against the database first: everything after it may search. */
    int INDEX_CHECK = 100;
    /** Then the operator's first administrator, if given. */
    int BOOTSTRAP_ADMIN = 200;
    /** Then the demo data, if asked for (it brings demo accounts, administrators among them). */
    int DEMO_DATA = 300;
    /** Last, if there is still no administrator, the one-time setup token. */
    int ADMIN_SETUP = 400;

    /** Lower runs first. */
    int order();

    void run();
}
