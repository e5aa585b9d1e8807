/** The import and export API. Also the editorial API: workflow moves and audit history. */
package org.liaisonhub.editorial.rest;
