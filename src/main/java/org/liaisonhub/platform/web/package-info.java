/**
 * Page-level concerns shared by every view: the interface language, formatting helpers for pages, detail-page
 * loading, the page's messages from the bundle ({@code PageMessages}), the Server-Timing header of the search API, NUL
 * filtering of form input.
 */
package org.liaisonhub.platform.web;
