package org.liaisonhub.editorial.exchange;

import java.util.List;

import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.ContactContent;
import org.liaisonhub.practices.domain.PracticeContent;
import org.liaisonhub.resources.domain.ResourceContent;

/** A whole exchange document: the four sections, each a list of keyed contents. */
public record ExchangeDocument(List<Keyed<AuthorityContent>> authorities, List<Keyed<ContactContent>> contacts,
        List<Keyed<ResourceContent>> resources, List<Keyed<PracticeContent>> practices) {

    public static final String FORMAT = "liaison-exchange";
    public static final int VERSION = 1;

    public ExchangeDocument {
        authorities = List.copyOf(authorities);
        contacts = List.copyOf(contacts);
        resources = List.copyOf(resources);
        practices = List.copyOf(practices);
    }

    public int size() {
        return authorities.size() + contacts.size() + resources.size() + practices.size();
    }
}
