/**
 * Saved searches with alerts: a signed-in user keeps any search (text and filters) under a name; every published
 * change that the search matches, as that user may see it, leaves one alert, listed in the search's Atom feed and
 * sent in a daily e-mail digest (WildFly's mail session) with a one-click unsubscribe link. Depends on
 * {@code search} (the same query, restricted to the changed entry), {@code security} (the owner's viewer) and
 * {@code editorial} (the publication event); nothing depends on it. See docs/alerts.md.
 */
package org.liaisonhub.alerts;
