package org.liaisonhub.editorial.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;

class EditionSignatureTest {

    private static KeyPair ec() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static final byte[] FILE =
            "%PDF-1.7 an edition, with Überweisung and Главное".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSignatureVerifies_withTheKeysPublicHalf_ecAndRsa() throws Exception {
        for (KeyPair pair : new KeyPair[] {ec(), rsa()}) {
            byte[] signature = EditionSignature.sign(pair.getPrivate(), FILE);

            assertThat(EditionSignature.verify(pair.getPublic(), FILE, signature))
                    .as(pair.getPublic().getAlgorithm())
                    .isTrue();
        }
    }

    @Test
    void oneChangedByte_failsVerification_whereverItIs() throws Exception {
        KeyPair pair = ec();
        byte[] signature = EditionSignature.sign(pair.getPrivate(), FILE);
        for (int i = 0; i < FILE.length; i++) {
            byte[] changed = FILE.clone();
            changed[i] ^= 0x01;
            assertThat(EditionSignature.verify(pair.getPublic(), changed, signature))
                    .as("byte " + i)
                    .isFalse();
        }
        byte[] changedSignature = signature.clone();
        changedSignature[changedSignature.length - 1] ^= 0x01;
        assertThat(EditionSignature.verify(pair.getPublic(), FILE, changedSignature))
                .as("signature changed")
                .isFalse();
    }

    @Test
    void anotherKeysSignature_orGarbage_doesNotVerify() throws Exception {
        KeyPair pair = ec();
        assertThat(EditionSignature.verify(pair.getPublic(), FILE, EditionSignature.sign(ec().getPrivate(), FILE)))
                .isFalse();
        assertThat(EditionSignature.verify(pair.getPublic(), FILE, new byte[] {1, 2, 3}))
                .isFalse();
    }

    @Test
    void thePublicKey_survivesPem() throws Exception {
        KeyPair pair = ec();
        String pem = EditionSignature.toPem(pair.getPublic());

        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        assertThat(EditionSignature.fromPem(pem)).isEqualTo(pair.getPublic());
        assertThat(EditionSignature.fingerprint(pair.getPublic()))
                .hasSize(64)
                .isEqualTo(EditionSignature.fingerprint(EditionSignature.fromPem(pem)));
        assertThatThrownBy(() -> EditionSignature.fromPem("-----BEGIN PUBLIC KEY-----\nnot base64!\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PEM");
    }
}
