/** The directory API: authorities and contact points. */
package org.liaisonhub.directory.rest;
