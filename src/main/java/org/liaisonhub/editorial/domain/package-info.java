/**
 * Editorial state that is not an entry itself: the audit history's revision entity (Hibernate Envers: who made a
 * change set, and when) and reports that an entry looks outdated.
 */
package org.liaisonhub.editorial.domain;
