/** Page of a good practice or questionnaire response. */
package org.liaisonhub.practices.web;
