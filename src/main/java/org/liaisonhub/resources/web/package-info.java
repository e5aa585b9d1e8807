/** Page of a network resource. */
package org.liaisonhub.resources.web;
