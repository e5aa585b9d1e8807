package org.liaisonhub.editorial.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One download of a file of an {@link Edition}: who, when, which file. The download log is an audit record in
 * itself: rows are only ever added, in the transaction that hands the file out.
 */
@Entity
@Table(name = "edition_download")
public class EditionDownload {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(name = "edition_id", nullable = false)
    private long editionId;

    /** {@code pdf}, {@code json}, {@code pdf.sig} or {@code json.sig}. */
    @Column(name = "file_name", nullable = false, length = 20)
    private String file;

    @Column(name = "downloaded_by", nullable = false, length = 100)
    private String downloadedBy;

    @Column(name = "downloaded_at", nullable = false)
    private Instant downloadedAt;

    protected EditionDownload() {
        // for JPA
    }

    public EditionDownload(long editionId, String file, String downloadedBy, Instant downloadedAt) {
        this.editionId = editionId;
        this.file = Objects.requireNonNull(file);
        this.downloadedBy = Objects.requireNonNull(downloadedBy);
        this.downloadedAt = Objects.requireNonNull(downloadedAt);
    }

    public long getEditionId() {
        return editionId;
    }

    public String getFile() {
        return file;
    }

    public String getDownloadedBy() {
        return downloadedBy;
    }

    public Instant getDownloadedAt() {
        return downloadedAt;
    }
}
