/** Pages of the directory: an authority, a contact point. */
package org.liaisonhub.directory.web;
