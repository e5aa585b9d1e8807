/** Page-level concerns shared by every view: the interface language. */
package org.liaisonhub.platform.web;
