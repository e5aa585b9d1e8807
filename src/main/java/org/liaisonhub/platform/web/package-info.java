/**
 * Page-level concerns shared by every view: the interface language ({@code LocaleView}, from faces-config.xml's
 * locale list), formatting functions for pages ({@code FormatFunctions}), detail-page loading, the page's messages
 * from the bundle ({@code PageMessages}), which addresses are the API's ({@code ApiPaths}), the Server-Timing header
 * of the search API, NUL filtering of addresses and form input.
 */
package org.liaisonhub.platform.web;
