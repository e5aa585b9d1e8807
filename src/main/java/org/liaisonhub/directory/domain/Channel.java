package org.liaisonhub.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import org.liaisonhub.catalog.validation.ContentRules;

/** One way to reach a contact point: a channel type and the address on it. */
@Embeddable
public class Channel implements Serializable {

    @Enumerated(EnumType.STRING)
    @Column(name = "channel_type", nullable = false, length = 30)
    private ChannelType type;

    @Column(name = "address", nullable = false, length = 500)
    @Size(max = 500, message = ContentRules.TOO_LONG)
    private String address;

    protected Channel() {
        // for JPA
    }

    public Channel(ChannelType type, String address) {
        this.type = Objects.requireNonNull(type);
        this.address = Objects.requireNonNull(address);
    }

    public ChannelType getType() {
        return type;
    }

    public String getAddress() {
        return address;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Channel other && type == other.type && address.equals(other.address);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, address);
    }

    /** As an editor reads it in a list of changes (editorial history and conflicts). */
    @Override
    public String toString() {
        return getType() + " " + getAddress();
    }
}
