package org.liaisonhub.search.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * Indexes an ISO country code as the country's names in the search languages ("BR" → "Brazil Brésil Brasil
 * Brasilien Бразилия البرازيل 巴西"), so "MLA Brazil" or "entraide Suisse" find that country's entries.
 */
public class CountryNamesBridge implements ValueBridge<String, String> {

    private static final List<Locale> LOCALES = List.of(
            Locale.ENGLISH,
            Locale.FRENCH,
            Locale.forLanguageTag("es"),
            Locale.forLanguageTag("pt"),
            Locale.GERMAN,
            Locale.forLanguageTag("sv"),
            Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("ar"),
            Locale.CHINESE);

    @Override
    public String toIndexedValue(String code, ValueBridgeToIndexedValueContext context) {
        return names(code);
    }

    /** The country's names in every search language, space-separated; null for no country. */
    public static String names(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Locale country = new Locale.Builder().setRegion(code.strip()).build();
        Set<String> names = new LinkedHashSet<>();
        for (Locale language : LOCALES) {
            names.add(country.getDisplayCountry(language));
        }
        return String.join(" ", names);
    }
}
