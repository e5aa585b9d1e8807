package org.liaisonhub.editorial.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One file of an {@link Edition} (the PDF or the JSON exchange file) and its detached signature, kept in the
 * database so that every node of a cluster serves the same bytes. Written once, never changed.
 */
@Entity
@Table(name = "edition_file")
public class EditionFile {

    /** The two files of every edition. */
    public enum Kind {
        PDF("pdf", "application/pdf"),
        JSON("json", "application/json");

        private final String extension;
        private final String mediaType;

        Kind(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "edition_id", nullable = false)
    private Edition edition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(nullable = false)
    private byte[] content;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(nullable = false)
    private byte[] signature;

    protected EditionFile() {
        // for JPA
    }

    public EditionFile(Edition edition, Kind kind, byte[] content, byte[] signature) {
        this.edition = Objects.requireNonNull(edition);
        this.kind = Objects.requireNonNull(kind);
        this.content = content.clone();
        this.signature = signature.clone();
    }

    public Edition getEdition() {
        return edition;
    }

    public Kind getKind() {
        return kind;
    }

    public byte[] content() {
        return content.clone();
    }

    public byte[] signature() {
        return signature.clone();
    }
}
