/** Networks, secure channels, databases, tools and websites practitioners use, and who may use them. */
package org.liaisonhub.resources.domain;
