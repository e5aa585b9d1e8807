package org.liaisonhub.catalog.validation;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers read by libphonenumber and written as Liaison stores them, in E.164 ({@code +46104435000}). */
public final class PhoneNumbers {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    /** Why a value is not a stored phone number. */
    enum Fault {
        /** Not readable as an international number ('+', country code, number). */
        NOT_A_NUMBER,
        /** Readable, but too short or too long for its country code. */
        NOT_POSSIBLE,
        /** A possible number, written otherwise than in E.164 (spaces, dashes). */
        NOT_E164
    }

    private PhoneNumbers() {}

    /**
     * A phone number in E.164, read in international form ('+' first) or as a national number of {@code region}
     * (ISO 3166-1 alpha-2, may be null: then only international numbers are read); null when it is not a possible
     * number.
     */
    public static String toE164(String value, String region) {
        if (value == null) {
            return null;
        }
        try {
            PhoneNumber number = PHONES.parse(value, value.strip().startsWith("+") ? null : region);
            return PHONES.isPossibleNumber(number) ? PHONES.format(number, PhoneNumberFormat.E164) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    /**
     * {@link #toE164} where the value is a possible number, else the value as typed, so that {@link E164} refuses it
     * quoting what was typed.
     */
    public static String normalised(String value, String region) {
        String e164 = toE164(value, region);
        return e164 == null ? value : e164;
    }

    /** What is wrong with {@code value} as a stored number; null when nothing is. */
    static Fault fault(String value) {
        try {
            PhoneNumber number = PHONES.parse(value, null);
            if (!PHONES.isPossibleNumber(number)) {
                return Fault.NOT_POSSIBLE;
            }
            return PHONES.format(number, PhoneNumberFormat.E164).equals(value) ? null : Fault.NOT_E164;
        } catch (NumberParseException e) {
            return Fault.NOT_A_NUMBER;
        }
    }
}
