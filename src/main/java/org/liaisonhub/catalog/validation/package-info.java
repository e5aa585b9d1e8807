/**
 * The rules every entry's content obeys, as Jakarta Bean Validation constraints on the content records: phone
 * numbers in E.164 ({@link org.liaisonhub.catalog.validation.E164}), ISO country and language codes, e-mail
 * addresses, http(s) addresses. Here, in the kernel, so the domain packages may carry them; the editor forms, the
 * API and the import all check content through {@link org.liaisonhub.catalog.validation.ContentRules}, so the same
 * value is refused in the same words wherever it comes from. Besides the JDK, Jakarta and Hibernate Validator, this
 * package alone in the kernel uses libphonenumber and Commons Validator: they are the rules.
 */
package org.liaisonhub.catalog.validation;
