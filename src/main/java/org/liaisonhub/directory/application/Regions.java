package org.liaisonhub.directory.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which cooperation networks cover a country, for pointing practitioners somewhere when Liaison has no
 * contact there. Keys are the network resources' keys in the demo data and in production data alike.
 */
final class Regions {

    /** Networks open to every country. */
    static final List<String> GLOBAL = List.of("globe-network", "carin", "star-gfp", "egmont-group", "interpol");

    private static final Map<String, Set<String>> REGIONAL = Map.of(
            "ejn",
                    Set.of(
                            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
                            "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"),
            "iberred",
                    Set.of(
                            "AD", "AR", "BO", "BR", "CL", "CO", "CR", "CU", "DO", "EC", "SV", "ES", "GT", "HN", "MX",
                            "NI", "PA", "PY", "PE", "PT", "PR", "UY", "VE"),
            "rrag",
                    Set.of(
                            "AR", "BO", "BR", "CL", "CO", "CR", "DO", "EC", "SV", "GT", "HN", "MX", "NI", "PA", "PY",
                            "PE", "UY", "VE"),
            "arinsa", Set.of("AO", "BW", "SZ", "LS", "MW", "MU", "MZ", "NA", "SC", "ZA", "TZ", "ZM", "ZW", "MG"),
            "arin-wa", Set.of("BJ", "BF", "CV", "CI", "GM", "GH", "GN", "GW", "LR", "ML", "NE", "NG", "SN", "SL", "TG"),
            "arinea", Set.of("KE", "UG", "RW", "BI", "SS", "ET", "ER", "SO", "DJ", "SD", "TZ"),
            "arin-ap",
                    Set.of(
                            "AU", "BD", "BN", "KH", "CN", "FJ", "HK", "IN", "ID", "JP", "KR", "LA", "MO", "MY", "MN",
                            "MM", "NP", "NZ", "PK", "PG", "PH", "SG", "LK", "TH", "TL", "TO", "VN", "VU"));

    private Regions() {}

    /** Regional networks covering the country first, then the global ones. */
    static List<String> networksCovering(String country) {
        List<String> keys = new ArrayList<>();
        REGIONAL.entrySet().stream()
                .filter(e -> e.getValue().contains(country))
                .map(Map.Entry::getKey)
                .sorted()
                .forEach(keys::add);
        keys.addAll(GLOBAL);
        return keys;
    }
}
