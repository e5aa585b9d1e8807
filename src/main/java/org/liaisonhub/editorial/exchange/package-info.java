/**
 * The JSON exchange format (docs/exchange-format.md): reading a document with every problem reported by
 * section, key and field, and writing one. Pure translation: no database access here.
 */
package org.liaisonhub.editorial.exchange;
