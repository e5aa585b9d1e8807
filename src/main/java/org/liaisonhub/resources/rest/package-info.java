/** The network resources API. */
package org.liaisonhub.resources.rest;
