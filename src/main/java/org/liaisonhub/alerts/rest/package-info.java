/**
 * {@code /api/saved-searches}: save, list and delete one's saved searches, each one's Atom feed, the unsubscribe
 * link of the e-mails (no sign-in), and the administrators' "send the digests now".
 */
package org.liaisonhub.alerts.rest;
