/**
 * The saved search (owner, name, canonical query, e-mail, alerts on or off), the alerts it received, and the
 * publications whose alerts are still to be matched ({@code PendingAlertMatch}).
 */
package org.liaisonhub.alerts.domain;
