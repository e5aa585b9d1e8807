package org.liaisonhub.directory.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The IANA time zones of each country, from the time zone database's own country table ({@code zone.tab}, public
 * domain, shipped in {@code directory/zone.tab} as tzdata publishes it), keeping only zones the JDK's
 * {@code java.time} rules know. A country with one zone has it as default; a country with several (US, BR, RU…) has
 * none: an entry there must name its zone, since guessing would put a call hours off.
 */
public final class CountryTimeZones {

    private static final Map<String, List<ZoneId>> ZONES = load();

    private CountryTimeZones() {}

    /** The country's zone when it has exactly one. */
    public static Optional<ZoneId> defaultFor(String country) {
        List<ZoneId> zones = zonesOf(country);
        return zones.size() == 1 ? Optional.of(zones.get(0)) : Optional.empty();
    }

    /** The country's zones, in the database's order; empty for an unknown code. */
    public static List<ZoneId> zonesOf(String country) {
        return country == null ? List.of() : ZONES.getOrDefault(country, List.of());
    }

    private static Map<String, List<ZoneId>> load() {
        Map<String, List<ZoneId>> zones = new TreeMap<>();
        try (InputStream in = CountryTimeZones.class.getResourceAsStream("/directory/zone.tab")) {
            if (in == null) {
                throw new IllegalStateException("directory/zone.tab is missing from the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] columns = line.split("\t");
                if (line.startsWith("#")
                        || columns.length < 3
                        || !ZoneId.getAvailableZoneIds().contains(columns[2])) {
                    continue; // comments, and zones newer than the JDK's rules
                }
                zones.computeIfAbsent(columns[0], c -> new ArrayList<>()).add(ZoneId.of(columns[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        zones.replaceAll((country, list) -> List.copyOf(list));
        return Map.copyOf(zones);
    }
}
