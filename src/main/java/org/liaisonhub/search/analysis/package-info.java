/**
 * Text analysis and the search mapping: one analysis configurer per search backend, defining the analyzers the
 * kernel names ({@code catalog.LiaisonAnalyzers}), and the combined-text, name and country fields.
 */
package org.liaisonhub.search.analysis;
