package org.liaisonhub.editorial.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonhub.editorial.edition.EditionSignature;

class EditionKeysTest {

    @TempDir
    Path dir;

    private static EditionKeys keys(Map<String, String> values) {
        Config config = (Config) Proxy.newProxyInstance(
                EditionKeysTest.class.getClassLoader(), new Class<?>[] {Config.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getOptionalValue") && args[1] == String.class) {
                        return Optional.ofNullable(values.get((String) args[0]));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new EditionKeys(config);
    }

    @Test
    void aMissingKeyStore_isCreatedOnFirstUse_withAnEcKey_andReadAgainLater() {
        Path store = dir.resolve("conf/liaison-edition.p12");
        Map<String, String> settings = Map.of(
                EditionKeys.KEYSTORE,
                store.toString(),
                EditionKeys.PASSWORD,
                "test-only-password",
                EditionKeys.ALIAS,
                "liaison-edition");

        EditionKeys.SigningKey first = keys(settings).signingKey();

        assertThat(store).exists();
        assertThat(first.publicKey().getAlgorithm()).isEqualTo("EC");
        byte[] data = "an edition".getBytes(StandardCharsets.UTF_8);
        byte[] signature = EditionSignature.sign(first.privateKey(), data);
        EditionKeys.SigningKey again = keys(settings).signingKey();
        assertThat(again.publicKey()).as("the same key after a restart").isEqualTo(first.publicKey());
        assertThat(EditionSignature.verify(again.publicKey(), data, signature)).isTrue();
    }

    @Test
    void aWrongPasswordOrAlias_orNoSetting_saysWhatIsWrong() throws Exception {
        Path store = dir.resolve("liaison-edition.p12");
        keys(Map.of(
                        EditionKeys.KEYSTORE,
                        store.toString(),
                        EditionKeys.PASSWORD,
                        "right-password",
                        EditionKeys.ALIAS,
                        "liaison-edition"))
                .signingKey();
        assertThat(Files.size(store)).isPositive();

        assertThatThrownBy(() -> keys(Map.of(
                                EditionKeys.KEYSTORE,
                                store.toString(),
                                EditionKeys.PASSWORD,
                                "wrong-password",
                                EditionKeys.ALIAS,
                                "liaison-edition"))
                        .signingKey())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(store.toString());
        assertThatThrownBy(() -> keys(Map.of(
                                EditionKeys.KEYSTORE,
                                store.toString(),
                                EditionKeys.PASSWORD,
                                "right-password",
                                EditionKeys.ALIAS,
                                "other"))
                        .signingKey())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no private key named other");
        assertThatThrownBy(() -> keys(Map.of()).signingKey())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(EditionKeys.KEYSTORE);
    }
}
