/**
 * The API's access rules and user administration: {@code ResourceAccessFeature} applies each resource method's
 * {@code @RolesAllowed}/{@code @PermitAll}/{@code @DenyAll} (none declared = refused); {@code /api/admin/users}
 * (bodies bound to records by JSON-B, refusals mapped by {@code UserAdminExceptionMappers}).
 */
package org.liaisonhub.security.rest;
