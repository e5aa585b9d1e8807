package org.liaisonhub.editorial.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonWriter;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Set;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.directory.application.DirectoryRepository;
import org.liaisonhub.directory.application.ProcedureSheetRepository;
import org.liaisonhub.editorial.exchange.ExchangeDocument;
import org.liaisonhub.editorial.exchange.ExchangeWriter;
import org.liaisonhub.editorial.exchange.Keyed;
import org.liaisonhub.platform.application.ContentGeneration;
import org.liaisonhub.practices.application.PracticeRepository;
import org.liaisonhub.resources.application.NetworkResourceRepository;
import org.liaisonhub.security.Viewer;

/** Everything a viewer may see, as one exchange document (the format {@link ImportService} reads). */
@ApplicationScoped
public class ExportService {

    /** Serialised exports kept at most: three viewer levels of the current generation fit many times over. */
    static final long MAX_CACHED_BYTES = 64L * 1024 * 1024;

    private final DirectoryRepository directory;
    private final NetworkResourceRepository resources;
    private final PracticeRepository practices;
    private final ContentGeneration generation;
    private final ProcedureSheetRepository sheets;

    /**
     * The export is open to anonymous callers, so it is built once per viewer level and {@link ContentGeneration}
     * (the one token every cached result is filed under, replaced after each write on any node) and then served
     * from here; a write makes a new generation, and the old entries age out.
     */
    private final Cache<ExportKey, byte[]> serialised = Caffeine.newBuilder()
            .maximumWeight(MAX_CACHED_BYTES)
            .weigher((ExportKey key, byte[] json) -> json.length)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    private record ExportKey(Set<Visibility> levels, Set<PublicationStatus> statuses, String generation) {}

    ExportService() {
        this(null, null, null, null, null); // for CDI's client proxy only
    }

    @Inject
    public ExportService(
            DirectoryRepository directory,
            NetworkResourceRepository resources,
            PracticeRepository practices,
            ContentGeneration generation,
            ProcedureSheetRepository sheets) {
        this.directory = directory;
        this.resources = resources;
        this.practices = practices;
        this.generation = generation;
        this.sheets = sheets;
    }

    /**
     * The export as UTF-8 JSON, exactly what {@link ExchangeWriter} writes. Built at most once per viewer level
     * and generation, even when many callers ask at the same moment (the others wait for the one building it).
     */
    @Transactional
    public byte[] exportJson(Viewer viewer) {
        ExportKey key = new ExportKey(
                Set.copyOf(viewer.visibleLevels()), Set.copyOf(viewer.visibleStatuses()), generation.current());
        return serialised.get(key, k -> serialise(export(viewer)));
    }

    private static byte[] serialise(ExchangeDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (JsonWriter writer = Json.createWriter(out)) {
            writer.writeObject(ExchangeWriter.write(document));
        }
        return out.toByteArray();
    }

    /**
     * Visibility is part of every query here: nothing the viewer may not see is even loaded. Personal details
     * of a contact point (person name, direct phone) leave only for viewers of their own level.
     */
    @Transactional
    public ExchangeDocument export(Viewer viewer) {
        return export(viewer.visibleLevels(), viewer.visibleStatuses());
    }

    /** The export for an audience rather than a signed-in viewer: an offline edition for members, say. */
    @Transactional
    public ExchangeDocument export(Set<Visibility> levels, Set<PublicationStatus> statuses) {
        return new ExchangeDocument(
                directory.findAllVisibleAuthorities(levels, statuses).stream()
                        .map(a -> new Keyed<>(a.getKey(), a.content()))
                        .toList(),
                directory.findAllVisibleContacts(levels, statuses).stream()
                        .map(c -> new Keyed<>(
                                c.getKey(),
                                c.getPersonalDetails().shownTo(levels)
                                        ? c.content()
                                        : c.content().withoutPersonalDetails()))
                        .toList(),
                resources.findAllVisible(levels, statuses).stream()
                        .map(r -> new Keyed<>(r.getKey(), r.content()))
                        .toList(),
                practices.findAllVisible(levels, statuses).stream()
                        .map(p -> new Keyed<>(p.getKey(), p.content()))
                        .toList(),
                sheets.findAllVisible(null, null, levels, statuses).stream()
                        .map(s -> new Keyed<>(s.getKey(), s.content()))
                        .toList());
    }
}
