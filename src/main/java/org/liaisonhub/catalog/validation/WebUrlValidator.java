package org.liaisonhub.catalog.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.apache.commons.validator.routines.UrlValidator;

/** Checks {@link WebUrl}. */
public class WebUrlValidator implements ConstraintValidator<WebUrl, String> {

    private static final UrlValidator URLS = new UrlValidator(new String[] {"http", "https"});

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || URLS.isValid(value)) {
            return true;
        }
        RuleMessages.quoting(context, value);
        return false;
    }
}
