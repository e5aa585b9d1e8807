package org.liaisonhub.editorial.edition;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.editorial.domain.Edition;
import org.liaisonhub.editorial.exchange.ExchangeDocument;
import org.liaisonhub.editorial.exchange.Keyed;
import org.liaisonhub.resources.domain.ResourceContent;

/**
 * Which part of the directory an edition holds, applied to an export that is already cut to the audience's
 * visibility (so a scope can only ever narrow it):
 * <ul>
 * <li>{@code ALL}: the whole export;</li>
 * <li>{@code COUNTRY} (ISO code): the country's authorities and their contact points, its practices, and the network
 * resources those authorities and contacts name;</li>
 * <li>{@code NETWORK} (a resource's key, acronym or name, any case): that resource, the contact points that name
 * it, and the authorities that name it or hold such a contact point.</li>
 * </ul>
 */
public record EditionScope(Edition.Scope kind, String value) {

    public EditionScope {
        if (kind == Edition.Scope.ALL) {
            value = null;
        } else if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A " + kind.name().toLowerCase(Locale.ROOT) + " edition needs a "
                    + (kind == Edition.Scope.COUNTRY ? "country code." : "network."));
        } else {
            value = kind == Edition.Scope.COUNTRY ? value.strip().toUpperCase(Locale.ROOT) : value.strip();
        }
    }

    public static EditionScope all() {
        return new EditionScope(Edition.Scope.ALL, null);
    }

    public ExchangeDocument apply(ExchangeDocument export) {
        return switch (kind) {
            case ALL -> export;
            case COUNTRY -> country(export);
            case NETWORK -> network(export);
        };
    }

    private ExchangeDocument country(ExchangeDocument export) {
        var authorities = export.authorities().stream()
                .filter(a -> value.equals(a.content().country()))
                .toList();
        Set<String> authorityKeys = keys(authorities);
        var contacts = export.contacts().stream()
                .filter(c -> authorityKeys.contains(c.content().authorityKey()))
                .toList();
        Set<String> networks = new HashSet<>();
        authorities.forEach(a -> a.content().networks().forEach(n -> networks.add(fold(n))));
        contacts.forEach(c -> c.content().networks().forEach(n -> networks.add(fold(n))));
        var resources = export.resources().stream()
                .filter(r -> names(r).anyMatch(networks::contains))
                .toList();
        var practices = export.practices().stream()
                .filter(p -> value.equals(p.content().country()))
                .toList();
        return new ExchangeDocument(authorities, contacts, resources, practices);
    }

    private ExchangeDocument network(ExchangeDocument export) {
        String wanted = fold(value);
        var resources = export.resources().stream()
                .filter(r -> fold(r.key()).equals(wanted) || names(r).anyMatch(wanted::equals))
                .toList();
        Set<String> names = new HashSet<>(Set.of(wanted));
        resources.forEach(r -> names(r).forEach(names::add));
        var contacts = export.contacts().stream()
                .filter(c ->
                        c.content().networks().stream().map(EditionScope::fold).anyMatch(names::contains))
                .toList();
        Set<String> holding = new HashSet<>();
        contacts.forEach(c -> holding.add(c.content().authorityKey()));
        var authorities = export.authorities().stream()
                .filter(a -> holding.contains(a.key())
                        || a.content().networks().stream()
                                .map(EditionScope::fold)
                                .anyMatch(names::contains))
                .toList();
        return new ExchangeDocument(authorities, contacts, resources, List.of());
    }

    private static Set<String> keys(List<Keyed<AuthorityContent>> authorities) {
        Set<String> keys = new HashSet<>();
        authorities.forEach(a -> keys.add(a.key()));
        return keys;
    }

    private static Stream<String> names(Keyed<ResourceContent> resource) {
        return Stream.of(resource.content().name(), resource.content().acronym())
                .filter(n -> n != null && !n.isBlank())
                .map(EditionScope::fold);
    }

    private static String fold(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** "all", "country SE", "network GlobE": how the edition names itself on its pages and in file names. */
    public String label() {
        return kind == Edition.Scope.ALL ? "all" : kind.name().toLowerCase(Locale.ROOT) + " " + value;
    }
}
