package org.liaisonhub.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import org.liaisonhub.catalog.validation.ContentRules;

/**
 * One channel a country accepts a request through, in the contacts' vocabulary ({@link ChannelType}), with what a
 * requester must know about it ("to the competent prosecutor directly", "through the diplomatic channel").
 */
@Embeddable
public class AcceptedChannel implements Serializable {

    @Enumerated(EnumType.STRING)
    @Column(name = "channel_type", nullable = false, length = 30)
    private ChannelType type;

    @Column(name = "detail", length = 500)
    @Size(max = 500, message = ContentRules.TOO_LONG)
    private String detail;

    protected AcceptedChannel() {
        // for JPA
    }

    public AcceptedChannel(ChannelType type, String detail) {
        this.type = Objects.requireNonNull(type);
        this.detail = detail == null || detail.isBlank() ? null : detail.strip();
    }

    public ChannelType getType() {
        return type;
    }

    public String getDetail() {
        return detail;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AcceptedChannel other && type == other.type && Objects.equals(detail, other.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, detail);
    }

    /** As an editor reads it in a list of changes. */
    @Override
    public String toString() {
        return detail == null ? type.name() : type + " (" + detail + ")";
    }
}
