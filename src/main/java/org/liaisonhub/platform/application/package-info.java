/** Platform services: the health report (database, search backend, outbox lag). */
package org.liaisonhub.platform.application;
