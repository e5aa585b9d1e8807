/** Good practices: curated entries and questionnaire responses kept question by question. */
package org.liaisonhub.practices.domain;
