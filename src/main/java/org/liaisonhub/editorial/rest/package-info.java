/** The import and export API. */
package org.liaisonhub.editorial.rest;
