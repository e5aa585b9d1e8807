package org.liaisonhub.directory.application;

import java.io.Serializable;
import java.util.List;

/**
 * One way to reach the right people: formal (the competent or central authority) or informal (a network's
 * contact point), explained in one line, with the contact points to write to.
 */
public record ContactRoute(
        String kind, String explanation, AuthorityRef authority, String authorityKind, List<RouteContact> contacts)
        implements Serializable {

    /** A contact point on a route: how to reach it, in which languages, when it answers, how fresh the entry is. */
    public record RouteContact(
            String key,
            String role,
            String email,
            String phone,
            List<String> languages,
            List<ChannelDetails> secureChannels,
            List<String> networks,
            String lastVerified,
            boolean needsVerification,
            boolean speaksRequestedLanguage,
            ContactAvailability availability)
            implements Serializable {}
}
