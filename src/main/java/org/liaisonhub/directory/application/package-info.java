/** Use cases and queries for authorities and contact points. */
package org.liaisonhub.directory.application;
