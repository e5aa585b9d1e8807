/** Text analysis: analyzer names as constants and one analysis configurer per search backend. */
package org.liaisonhub.search.analysis;
