/** Editors' pages: the dashboard by workflow status, the entry form, the history page; safe rich text. */
package org.liaisonhub.editorial.web;
