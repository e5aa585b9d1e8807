package org.liaisonhub.directory.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Everything the detail page and {@code GET /api/authorities/{key}} show of an authority; {@code availability}: its
 * 24/7 flag, office hours and zone, judged now.
 */
public record AuthorityDetails(
        String key,
        String name,
        String localName,
        String country,
        String kind,
        String website,
        String description,
        List<String> competences,
        List<NetworkLink> networks,
        List<ContactSummary> contacts,
        String visibility,
        Instant updatedAt,
        ContactAvailability availability)
        implements Serializable {}
