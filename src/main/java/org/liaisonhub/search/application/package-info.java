/** The unified search over all four kinds of entries, and keeping the index in step with the database. */
package org.liaisonhub.search.application;
