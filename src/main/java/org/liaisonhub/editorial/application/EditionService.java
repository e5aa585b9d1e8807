package org.liaisonhub.editorial.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.editorial.application.EditionRejectedException.Reason;
import org.liaisonhub.editorial.domain.Edition;
import org.liaisonhub.editorial.domain.EditionDownload;
import org.liaisonhub.editorial.domain.EditionFile;
import org.liaisonhub.editorial.edition.EditionPdf;
import org.liaisonhub.editorial.edition.EditionScope;
import org.liaisonhub.editorial.edition.EditionSignature;
import org.liaisonhub.editorial.exchange.ExchangeDocument;
import org.liaisonhub.editorial.exchange.ExchangeWriter;
import org.liaisonhub.security.Viewer;

/**
 * The signed offline edition (issue 17): an editor generates one for all of the directory, a country or a network,
 * for an audience level; it holds the published entries that audience may see (the export's own visibility rules),
 * as a PDF and as an exchange file, each signed with the server's key ({@link EditionKeys}). Members download the
 * editions of their level; every download is logged, and editors see the log.
 */
@ApplicationScoped
@Transactional
public class EditionService {

    public static final int DEFAULT_VALID_DAYS = 90;
    public static final int MAX_VALID_DAYS = 366;
    public static final String FONT = "liaison.edition.font";

    private final ExportService exporter;
    private final EditionRepository editions;
    private final EditionKeys keys;
    private final Config config;
    private final Clock clock = Clock.systemUTC();

    EditionService() {
        this(null, null, null, null); // for CDI's client proxy only
    }

    @Inject
    public EditionService(ExportService exporter, EditionRepository editions, EditionKeys keys, Config config) {
        this.exporter = exporter;
        this.editions = editions;
        this.keys = keys;
        this.config = config;
    }

    /** What an editor asks for; text as it came, judged here with a reason for every refusal. */
    public record EditionRequest(String scope, String value, String audience, Integer validDays, String language) {}

    public EditionSummary generate(EditionRequest request, Viewer viewer) {
        if (!viewer.isEditor()) {
            throw new EditionRejectedException(Reason.FORBIDDEN, "Only editors generate editions.");
        }
        EditionScope scope = scope(request.scope(), request.value());
        Visibility audience = EditionRequests.audience(request.audience());
        int days = EditionRequests.validDays(request.validDays());
        Locale locale = EditionRequests.language(request.language());
        ExchangeDocument content =
                scope.apply(exporter.export(levels(audience), EnumSet.of(PublicationStatus.PUBLISHED)));
        if (content.size() == 0) {
            throw new EditionRejectedException(
                    Reason.INVALID,
                    "Nothing in the directory matches " + scope.label() + " for the audience " + audience
                            + ": check the country code or the network's name.");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        EditionKeys.SigningKey key = keys.signingKey();
        Edition edition = new Edition(
                scope.kind(),
                scope.value(),
                audience,
                viewer.name(),
                now,
                now.plus(Duration.ofDays(days)),
                content.size(),
                EditionSignature.fingerprint(key.publicKey()));
        ResourceBundle labels = ResourceBundle.getBundle(
                "i18n.messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        byte[] pdf = new EditionPdf(config.getOptionalValue(FONT, String.class)
                        .map(Path::of)
                        .orElse(null))
                .render(
                        new EditionPdf.Cover(
                                scope.label(),
                                audience.name(),
                                viewer.name(),
                                edition.getGeneratedAt(),
                                edition.getExpiresAt(),
                                edition.getKeyFingerprint()),
                        content,
                        labels::getString);
        byte[] json = json(content, edition, scope);
        editions.add(
                edition,
                List.of(
                        new EditionFile(
                                edition, EditionFile.Kind.PDF, pdf, EditionSignature.sign(key.privateKey(), pdf)),
                        new EditionFile(
                                edition, EditionFile.Kind.JSON, json, EditionSignature.sign(key.privateKey(), json))));
        return EditionSummary.of(edition, now, 0);
    }

    private static EditionScope scope(String kind, String value) {
        try {
            return new EditionScope(EditionRequests.scopeKind(kind), value);
        } catch (IllegalArgumentException e) {
            throw new EditionRejectedException(Reason.INVALID, e.getMessage());
        }
    }

    /** The levels an audience sees: the export's own rule, with an audience instead of a signed-in viewer. */
    static Set<Visibility> levels(Visibility audience) {
        return switch (audience) {
            case PUBLIC -> EnumSet.of(Visibility.PUBLIC);
            case MEMBERS -> EnumSet.of(Visibility.PUBLIC, Visibility.MEMBERS);
            case RESTRICTED -> EnumSet.allOf(Visibility.class);
        };
    }

    /** The exchange file of an edition: the export of its content plus the {@code edition} header. */
    static byte[] json(ExchangeDocument content, Edition edition, EditionScope scope) {
        JsonObject header = Json.createObjectBuilder()
                .add("scope", scope.label())
                .add("audience", edition.getAudience().name())
                .add("generatedBy", edition.getGeneratedBy())
                .add("generatedAt", edition.getGeneratedAt().toString())
                .add("expiresAt", edition.getExpiresAt().toString())
                .add("keyFingerprint", edition.getKeyFingerprint())
                .build();
        JsonObject document = Json.createObjectBuilder(ExchangeWriter.write(content))
                .add("edition", header)
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (JsonWriter writer = Json.createWriter(out)) {
            writer.writeObject(document);
        }
        return out.toByteArray();
    }

    /** The editions this viewer may download (members: public and members' ones; editors: all), newest first. */
    public List<EditionSummary> list(Viewer viewer) {
        requireMember(viewer);
        Map<Long, Long> counts = editions.downloadCounts();
        Instant now = clock.instant();
        return editions.list(viewer.visibleLevels()).stream()
                .map(e -> EditionSummary.of(e, now, viewer.isEditor() ? counts.getOrDefault(e.getId(), 0L) : 0L))
                .toList();
    }

    /**
     * One file ({@code pdf}, {@code json}, {@code pdf.sig}, {@code json.sig}) of an edition the viewer's level covers,
     * logged with who and when. An edition above the viewer's level is answered as unknown (404), like hidden entries.
     */
    public EditionFileDownload download(long id, String file, Viewer viewer) {
        requireMember(viewer);
        boolean signature = file.endsWith(".sig");
        EditionFile.Kind kind = EditionRequests.fileKind(signature ? file.substring(0, file.length() - 4) : file);
        Edition edition = editions.find(id)
                .filter(e -> viewer.maySee(e.getAudience()))
                .orElseThrow(() -> new EditionRejectedException(Reason.NOT_FOUND, "No edition " + id + "."));
        EditionFile stored = editions.file(id, kind)
                .orElseThrow(() ->
                        new EditionRejectedException(Reason.NOT_FOUND, "Edition " + id + " has no " + file + " file."));
        editions.logDownload(
                new EditionDownload(id, kind.extension() + (signature ? ".sig" : ""), viewer.name(), clock.instant()));
        String name = EditionSummary.of(edition, clock.instant(), 0).fileBase() + "." + kind.extension()
                + (signature ? ".sig" : "");
        return signature
                ? new EditionFileDownload(name, "application/octet-stream", stored.signature())
                : new EditionFileDownload(name, kind.mediaType(), stored.content());
    }

    /** Who downloaded which file of an edition, newest first: editors only. */
    public List<EditionDownloadSummary> downloads(long id, Viewer viewer) {
        if (!viewer.isEditor()) {
            throw new EditionRejectedException(Reason.FORBIDDEN, "Only editors see who downloaded an edition.");
        }
        editions.find(id).orElseThrow(() -> new EditionRejectedException(Reason.NOT_FOUND, "No edition " + id + "."));
        return editions.downloads(id).stream()
                .map(d -> new EditionDownloadSummary(
                        d.getEditionId(), d.getFile(), d.getDownloadedBy(), d.getDownloadedAt()))
                .toList();
    }

    /** The public key that checks every edition's signature, as PEM: anyone may have it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String publicKeyPem() {
        return EditionSignature.toPem(keys.signingKey().publicKey());
    }

    private static void requireMember(Viewer viewer) {
        if (!viewer.isMember()) {
            throw new EditionRejectedException(Reason.FORBIDDEN, "Sign in to download editions.");
        }
    }
}
