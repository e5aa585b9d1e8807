package org.liaisonhub.catalog.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Set;

/** Checks {@link IsoLanguage}. */
public class IsoLanguageValidator implements ConstraintValidator<IsoLanguage, String> {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    /** Whether {@code code} is an ISO 639-1 code, lower case; the one list every check uses. */
    public static boolean isLanguage(String code) {
        return code != null && LANGUAGES.contains(code);
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || isLanguage(value)) {
            return true;
        }
        RuleMessages.quoting(context, value);
        return false;
    }
}
