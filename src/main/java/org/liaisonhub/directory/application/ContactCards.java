package org.liaisonhub.directory.application;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Impp;
import ezvcard.property.Kind;
import ezvcard.property.Telephone;
import ezvcard.property.Uid;
import ezvcard.util.TelUri;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.liaisonhub.security.Viewer;

/**
 * A contact point as a vCard 4.0 (RFC 6350), written by ez-vcard: organisation, role, e-mail, E.164 phone,
 * working languages, and secure channels (Threema as IMPP, the others as notes: they have no URI scheme).
 */
@ApplicationScoped
public class ContactCards {

    private final DirectoryService directory;

    ContactCards() {
        this(null); // for CDI's client proxy only
    }

    @Inject
    public ContactCards(DirectoryService directory) {
        this.directory = directory;
    }

    public Optional<String> vcard(String key, Viewer viewer) {
        return directory.contact(key, viewer).map(ContactCards::write);
    }

    static String write(ContactDetails contact) {
        VCard card = new VCard();
        card.setKind(contact.personName() == null ? Kind.group() : Kind.individual());
        card.setFormattedName(contact.personName() == null ? contact.role() : contact.personName());
        card.setOrganization(contact.authority().name());
        card.addTitle(contact.role());
        if (contact.email() != null) {
            card.addEmail(contact.email(), EmailType.WORK);
        }
        if (contact.phone() != null) {
            Telephone telephone = new Telephone(new TelUri.Builder(contact.phone()).build());
            telephone.getTypes().add(TelephoneType.WORK);
            card.addTelephoneNumber(telephone);
        }
        int preference = 1;
        for (String language : contact.languages()) {
            card.addLanguage(language).setPref(preference++);
        }
        for (ChannelDetails channel : contact.channels()) {
            if ("GLOBE_THREEMA".equals(channel.type())) {
                card.addImpp(new Impp("threema", channel.address()));
            } else if (channel.secure()) {
                card.addNote(label(channel.type()) + ": " + channel.address());
            }
        }
        card.setUid(new Uid("urn:liaison:contact:" + contact.key()));
        return Ezvcard.write(card).version(VCardVersion.V4_0).prodId(false).go();
    }

    private static String label(String channelType) {
        return switch (channelType) {
            case "SIENA" -> "Europol SIENA";
            case "I24_7" -> "INTERPOL I-24/7";
            case "ESW" -> "Egmont Secure Web";
            default -> channelType.replace('_', ' ').toLowerCase(Locale.ROOT);
        };
    }
}
