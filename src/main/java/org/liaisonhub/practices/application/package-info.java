/** Use cases and queries for good practices and questionnaire responses. */
package org.liaisonhub.practices.application;
