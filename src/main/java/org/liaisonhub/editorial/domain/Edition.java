package org.liaisonhub.editorial.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.liaisonhub.catalog.Visibility;

/**
 * A signed offline edition of the directory (issue 17): what an editor generated, for whom (the audience's
 * visibility level), when, and until when it may be relied on. Its files ({@link EditionFile}) and who downloaded
 * them ({@link EditionDownload}) are rows of their own. An edition is never changed once written: a newer one
 * replaces it.
 */
@Entity
@Table(name = "edition")
public class Edition {

    /** What part of the directory an edition holds. */
    public enum Scope {
        /** Everything the audience may see. */
        ALL,
        /** One country's authorities, their contact points, its practices and the networks they belong to. */
        COUNTRY,
        /** One network: the resource, and the authorities and contact points that belong to it. */
        NETWORK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Scope scope;

    /** The country code or network name; null for {@link Scope#ALL}. */
    @Column(name = "scope_value", length = 200)
    private String scopeValue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility audience;

    @Column(name = "generated_by", nullable = false, length = 100)
    private String generatedBy;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "entry_count", nullable = false)
    private int entryCount;

    /** SHA-256 of the signing public key (hex), so a reader knows which key to check the signature with. */
    @Column(name = "key_fingerprint", nullable = false, length = 64)
    private String keyFingerprint;

    @Version
    private long version;

    protected Edition() {
        // for JPA
    }

    public Edition(
            Scope scope,
            String scopeValue,
            Visibility audience,
            String generatedBy,
            Instant generatedAt,
            Instant expiresAt,
            int entryCount,
            String keyFingerprint) {
        this.scope = Objects.requireNonNull(scope);
        this.scopeValue = scope == Scope.ALL ? null : Objects.requireNonNull(scopeValue);
        this.audience = Objects.requireNonNull(audience);
        this.generatedBy = Objects.requireNonNull(generatedBy);
        this.generatedAt = Objects.requireNonNull(generatedAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        if (!expiresAt.isAfter(generatedAt)) {
            throw new IllegalArgumentException("An edition expires after it is generated.");
        }
        this.entryCount = entryCount;
        this.keyFingerprint = Objects.requireNonNull(keyFingerprint);
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public Scope getScope() {
        return scope;
    }

    public String getScopeValue() {
        return scopeValue;
    }

    public Visibility getAudience() {
        return audience;
    }

    public String getGeneratedBy() {
        return generatedBy;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public int getEntryCount() {
        return entryCount;
    }

    public String getKeyFingerprint() {
        return keyFingerprint;
    }

    public long getVersion() {
        return version;
    }
}
