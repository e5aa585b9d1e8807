/** Use cases and queries for network resources. */
package org.liaisonhub.resources.application;
