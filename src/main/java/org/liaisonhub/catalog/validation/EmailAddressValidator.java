package org.liaisonhub.catalog.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.apache.commons.validator.routines.EmailValidator;

/** Checks {@link EmailAddress}. */
public class EmailAddressValidator implements ConstraintValidator<EmailAddress, String> {

    /** No local addresses ({@code desk@localhost}), no top-level domains outside the IANA list. */
    private static final EmailValidator EMAILS = EmailValidator.getInstance(false, false);

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || EMAILS.isValid(value)) {
            return true;
        }
        RuleMessages.quoting(context, value);
        return false;
    }
}
