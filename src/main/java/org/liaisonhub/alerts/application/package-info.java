/**
 * The use cases of saved searches: save, list, delete, unsubscribe ({@code SavedSearchService}); matching each
 * published change against every saved search with alerts on, as its owner may see it ({@code AlertService} over
 * {@code AlertMatching}); the Atom feed ({@code AtomFeed}) and the daily e-mail digest ({@code DigestService},
 * {@code DigestMail}, {@code DigestSchedule}).
 */
package org.liaisonhub.alerts.application;
