/** Authorities and the contact points (roles, sometimes persons) inside them. */
package org.liaisonhub.directory.domain;
