/** The search API. */
package org.liaisonhub.search.rest;
