/**
 * What every Liaison entry shares: identity by key, visibility, optimistic version, and the enums that more than one
 * kind of entry uses (the questionnaire's ICT categories, competences), the names of the search analyzers the
 * entities' mapping refers to, and the rules every entry's content obeys ({@code validation}). The kernel: it depends
 * on nothing else of Liaison, and every other package may depend on it.
 */
package org.liaisonhub.catalog;
