/** {@code /alerts/index.xhtml}: the signed-in user's saved searches, saving one, deleting one. */
package org.liaisonhub.alerts.web;
