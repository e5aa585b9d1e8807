/**
 * Platform services: the health report (database, search backend, outbox lag), rate limits, and the content
 * generation (the token every cached answer is keyed by, replaced after every write).
 */
package org.liaisonhub.platform.application;
