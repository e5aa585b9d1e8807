/** The good practices API and questionnaire intake ({@code POST /api/intake}), with the intake's error mapping. */
package org.liaisonhub.practices.rest;
