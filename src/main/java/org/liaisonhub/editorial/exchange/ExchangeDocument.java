package org.liaisonhub.editorial.exchange;

import java.util.List;
import org.liaisonhub.directory.domain.AuthorityContent;
import org.liaisonhub.directory.domain.ContactContent;
import org.liaisonhub.directory.domain.ProcedureSheetContent;
import org.liaisonhub.practices.domain.PracticeContent;
import org.liaisonhub.resources.domain.ResourceContent;

/**
 * A whole exchange document: the four entry sections and the country procedure sheets, each a list of keyed
 * contents. Version 2 added {@code procedures}; a version 1 document (without them) still reads.
 */
public record ExchangeDocument(
        List<Keyed<AuthorityContent>> authorities,
        List<Keyed<ContactContent>> contacts,
        List<Keyed<ResourceContent>> resources,
        List<Keyed<PracticeContent>> practices,
        List<Keyed<ProcedureSheetContent>> procedures) {

    public static final String FORMAT = "liaison-exchange";
    public static final int VERSION = 2;
    /** The versions this build reads: every one since the first. */
    public static final List<Integer> READABLE_VERSIONS = List.of(1, 2);

    public ExchangeDocument {
        authorities = List.copyOf(authorities);
        contacts = List.copyOf(contacts);
        resources = List.copyOf(resources);
        practices = List.copyOf(practices);
        procedures = procedures == null ? List.of() : List.copyOf(procedures);
    }

    /** A document of the four entry sections only, without procedure sheets. */
    public ExchangeDocument(
            List<Keyed<AuthorityContent>> authorities,
            List<Keyed<ContactContent>> contacts,
            List<Keyed<ResourceContent>> resources,
            List<Keyed<PracticeContent>> practices) {
        this(authorities, contacts, resources, practices, List.of());
    }

    public int size() {
        return authorities.size() + contacts.size() + resources.size() + practices.size() + procedures.size();
    }
}
