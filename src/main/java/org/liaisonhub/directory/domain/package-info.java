/**
 * Authorities and the contact points (roles, sometimes persons) inside them; a contact point's person name and
 * direct phone with their own visibility ({@code PersonalDetails}, embedded in the contact point's table).
 */
package org.liaisonhub.directory.domain;
