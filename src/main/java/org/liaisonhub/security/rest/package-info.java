/**
 * The API's access rules and user administration: {@code ResourceAccessFeature} applies each resource method's
 * {@code @RolesAllowed}/{@code @PermitAll}/{@code @DenyAll} (none declared = refused); {@code /api/admin/users}.
 */
package org.liaisonhub.security.rest;
