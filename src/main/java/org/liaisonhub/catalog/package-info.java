/**
 * What every Liaison entry shares: identity by key, visibility, optimistic version, and the enums that
 * more than one kind of entry uses (the questionnaire's ICT categories, competences).
 */
package org.liaisonhub.catalog;
