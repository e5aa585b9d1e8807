package org.liaisonhub.catalog.validation;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The refused value in a message: {@code '{value}'} in a template. A message parameter rather than an expression
 * ({@code ${validatedValue}}), so messages need no Expression Language and what a user typed is never evaluated.
 */
final class RuleMessages {

    private RuleMessages() {}

    /** Makes {@code {value}} stand for {@code value} in the messages of this violation. */
    static void quoting(ConstraintValidatorContext context, String value) {
        context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("value", value);
    }

    /** Replaces the constraint's message by {@code template}, quoting {@code value}. */
    static void refuse(ConstraintValidatorContext context, String value, String template) {
        quoting(context, value);
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
    }
}
