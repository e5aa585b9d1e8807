package org.liaisonhub.catalog.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Set;

/** Checks {@link IsoCountry}. */
public class IsoCountryValidator implements ConstraintValidator<IsoCountry, String> {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** Whether {@code code} is an ISO 3166-1 alpha-2 code, upper case; the one list every check uses. */
    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || isCountry(value)) {
            return true;
        }
        RuleMessages.quoting(context, value);
        return false;
    }
}
