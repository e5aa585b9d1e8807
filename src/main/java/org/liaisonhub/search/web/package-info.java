/** The search pages: home search box and the results page. */
package org.liaisonhub.search.web;
