package org.liaisonhub.platform;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country and ISO 639-1 language codes, as the JDK knows them. */
public final class IsoCodes {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private IsoCodes() {
    }

    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    public static boolean isLanguage(String code) {
        return code != null && LANGUAGES.contains(code);
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
