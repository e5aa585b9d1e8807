/** The saved search (owner, name, canonical query, e-mail, alerts on or off) and the alerts it received. */
package org.liaisonhub.alerts.domain;
