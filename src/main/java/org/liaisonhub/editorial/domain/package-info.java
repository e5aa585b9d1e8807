/** The audit history's revision entity (Hibernate Envers): who made a change set, and when. */
package org.liaisonhub.editorial.domain;
