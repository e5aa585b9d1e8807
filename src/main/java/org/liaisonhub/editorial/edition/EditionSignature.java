package org.liaisonhub.editorial.edition;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Detached signatures of edition files with the JDK's JCA: SHA256withECDSA for an EC key, SHA256withRSA for an RSA
 * key; the signature is the raw bytes {@link Signature#sign()} gives (DER for ECDSA), which is also what
 * {@code openssl dgst -sha256 -verify key.pem -signature file.sig file} checks. The public key travels as PEM
 * ("PUBLIC KEY", X.509 SubjectPublicKeyInfo).
 */
public final class EditionSignature {

    private static final String PEM_BEGIN = "-----BEGIN PUBLIC KEY-----";
    private static final String PEM_END = "-----END PUBLIC KEY-----";

    private EditionSignature() {}

    static String algorithm(String keyAlgorithm) {
        return switch (keyAlgorithm) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default ->
                throw new IllegalArgumentException(
                        "Editions are signed with an EC or RSA key, not " + keyAlgorithm + ".");
        };
    }

    public static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature signature = Signature.getInstance(algorithm(key.getAlgorithm()));
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the edition: " + e.getMessage(), e);
        }
    }

    /** Whether {@code signature} is this key's signature of exactly these bytes; a malformed signature is not. */
    public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(algorithm(key.getAlgorithm()));
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (java.security.SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot check the signature: " + e.getMessage(), e);
        }
    }

    public static String toPem(PublicKey key) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded());
        return PEM_BEGIN + "\n" + base64 + "\n" + PEM_END + "\n";
    }

    /** Reads a PEM public key (EC or RSA); anything else is an {@link IllegalArgumentException} with the reason. */
    public static PublicKey fromPem(String pem) {
        String body = pem.replace(PEM_BEGIN, "").replace(PEM_END, "").replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a PEM public key (" + PEM_BEGIN + " …).", e);
        }
        for (String algorithm : new String[] {"EC", "RSA"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // try the next one
            }
        }
        throw new IllegalArgumentException("Not an EC or RSA public key in PEM form (" + PEM_BEGIN + " …).");
    }

    /** SHA-256 of the public key's encoding, in hex: printed on the edition and shown on the editions page. */
    public static String fingerprint(PublicKey key) {
        return sha256(key.getEncoded());
    }

    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
