package org.liaisonhub.catalog.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link E164}; the message says whether the number is unreadable, impossible or only badly written. */
public class E164Validator implements ConstraintValidator<E164, String> {

    static final String NOT_POSSIBLE = "'{value}' is not a possible phone number for its country code";
    static final String NOT_E164 = "'{value}' is not written in E.164, e.g. +46104435000";

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        PhoneNumbers.Fault fault = PhoneNumbers.fault(value);
        if (fault == null) {
            return true;
        }
        switch (fault) {
            case NOT_POSSIBLE -> RuleMessages.refuse(context, value, NOT_POSSIBLE);
            case NOT_E164 -> RuleMessages.refuse(context, value, NOT_E164);
            case NOT_A_NUMBER -> RuleMessages.quoting(context, value);
        }
        return false;
    }
}
