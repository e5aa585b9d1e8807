/**
 * The JSON exchange format (docs/exchange-format.md): reading a document with every problem reported by
 * section, key and field, and writing one. Pure translation: no database access here. The content rules come from
 * the kernel ({@code catalog.validation}); {@code ContentProblems} reports them in the format's terms, for the import
 * and the editor forms alike.
 */
package org.liaisonhub.editorial.exchange;
