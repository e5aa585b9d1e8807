/** The good practices API. */
package org.liaisonhub.practices.rest;
