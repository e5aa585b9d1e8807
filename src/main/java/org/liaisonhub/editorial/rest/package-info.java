/**
 * The import and export API, the editorial API (workflow moves and audit history), outdated-entry reports, and the
 * editorial errors as JSON ({@code EditorialExceptionMappers}).
 */
package org.liaisonhub.editorial.rest;
