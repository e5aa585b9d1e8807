/** Editorial use cases: importing and exporting exchange documents, loading the demo data. */
package org.liaisonhub.editorial.application;
