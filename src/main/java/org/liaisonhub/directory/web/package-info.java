/**
 * Pages of the directory: an authority, a contact point, the finder; the member authorities on a network's page
 * ({@code NetworkMembersView}).
 */
package org.liaisonhub.directory.web;
