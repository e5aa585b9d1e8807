/**
 * The use cases of saved searches: save, list, delete, unsubscribe ({@code SavedSearchService}); matching each
 * published change against every saved search with alerts on, as its owner may see it: recorded in the publishing
 * transaction ({@code AlertService}), settled once the search index holds the change ({@code PendingMatchService},
 * {@code PendingMatchRepository}, the timer {@code PendingMatchSchedule}) over {@code AlertMatching}; the Atom feed
 * ({@code AtomFeed}) and the daily e-mail digest ({@code DigestService}, {@code DigestMail}, {@code DigestSchedule}).
 */
package org.liaisonhub.alerts.application;
