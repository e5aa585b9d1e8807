package org.liaisonhub.directory.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the detail page (with the freshness rule applied: {@code needsVerification}) and
 * {@code GET /api/contacts/{key}} show of a contact point. {@code personalDetailsWithheld}: the person name
 * and direct phone exist but are for viewers of a higher level (both are then null here). {@code availability}: when
 * it answers (its own or its authority's 24/7 flag, hours and zone), judged now.
 */
public record ContactDetails(
        String key,
        AuthorityRef authority,
        String role,
        String personName,
        String email,
        String phone,
        List<String> languages,
        List<ChannelDetails> channels,
        List<String> competences,
        List<NetworkLink> networks,
        String visibility,
        LocalDate lastVerified,
        boolean needsVerification,
        boolean personalDetailsWithheld,
        ContactAvailability availability)
        implements Serializable {}
