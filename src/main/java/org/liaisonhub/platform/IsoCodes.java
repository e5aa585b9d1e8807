package org.liaisonhub.platform;

import java.util.Locale;
import org.liaisonhub.catalog.validation.IsoCountryValidator;
import org.liaisonhub.catalog.validation.IsoLanguageValidator;

/**
 * ISO 3166-1 alpha-2 country and ISO 639-1 language codes, as the JDK knows them: the same lists as the content
 * rules ({@code @IsoCountry}, {@code @IsoLanguage}), and their names for a page.
 */
public final class IsoCodes {

    private IsoCodes() {}

    public static boolean isCountry(String code) {
        return IsoCountryValidator.isCountry(code);
    }

    public static boolean isLanguage(String code) {
        return IsoLanguageValidator.isLanguage(code);
    }

    /** The country's English name, or the code itself when unknown. */
    public static String countryName(String code, Locale locale) {
        if (!isCountry(code)) {
            return code;
        }
        return new Locale("", code).getDisplayCountry(locale);
    }

    public static String languageName(String code, Locale locale) {
        if (!isLanguage(code)) {
            return code;
        }
        return new Locale(code).getDisplayLanguage(locale);
    }
}
