package org.liaisonhub.editorial.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The key that signs editions, from a PKCS12 key store: {@value #KEYSTORE} (path), {@value #PASSWORD} and
 * {@value #ALIAS}, set by wildfly-config/configure-server.cli (or LIAISON_EDITION_KEYSTORE… in the environment). When
 * the file does not exist, the first signature creates it with the JDK's {@code keytool}: an EC P-256 key and a
 * self-signed certificate valid ten years. Production points the properties at the organisation's own key
 * (docs/security.md, "Edition signing key").
 */
@ApplicationScoped
public class EditionKeys {

    public static final String KEYSTORE = "liaison.edition.keystore";
    public static final String PASSWORD = "liaison.edition.keystore-password";
    public static final String ALIAS = "liaison.edition.key-alias";

    private static final Logger LOG = Logger.getLogger(EditionKeys.class.getName());

    /** A private key and its public half. */
    public record SigningKey(PrivateKey privateKey, PublicKey publicKey) {}

    private final Config config;
    private volatile SigningKey key;

    EditionKeys() {
        this(null); // for CDI's client proxy only
    }

    @Inject
    public EditionKeys(Config config) {
        this.config = config;
    }

    public SigningKey signingKey() {
        SigningKey loaded = key;
        if (loaded == null) {
            synchronized (this) {
                if (key == null) {
                    key = load();
                }
                loaded = key;
            }
        }
        return loaded;
    }

    private String setting(String name) {
        return config.getOptionalValue(name, String.class)
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .orElseThrow(() -> new IllegalStateException(
                        "The edition signing key is not configured: set " + name + " (docs/security.md)."));
    }

    private SigningKey load() {
        Path path = Path.of(setting(KEYSTORE));
        char[] password = setting(PASSWORD).toCharArray();
        String alias = setting(ALIAS);
        if (!Files.exists(path)) {
            create(path, password, alias);
        }
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            if (!(store.getKey(alias, password) instanceof PrivateKey privateKey)
                    || store.getCertificate(alias) == null) {
                throw new IllegalStateException("The key store " + path + " holds no private key named " + alias + ".");
            }
            return new SigningKey(privateKey, store.getCertificate(alias).getPublicKey());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(
                    "Cannot read the edition signing key from " + path + ": " + e.getMessage(), e);
        }
    }

    /** A new EC P-256 key in a new PKCS12 file, made by the JDK's keytool (the JDK has no API for the certificate). */
    static void create(Path path, char[] password, String alias) {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            ProcessBuilder builder = new ProcessBuilder(List.of(
                            keytool.toString(),
                            "-genkeypair",
                            "-alias",
                            alias,
                            "-keyalg",
                            "EC",
                            "-groupname",
                            "secp256r1",
                            "-sigalg",
                            "SHA256withECDSA",
                            "-validity",
                            "3650",
                            "-dname",
                            "CN=Liaison edition signing",
                            "-storetype",
                            "PKCS12",
                            "-keystore",
                            path.toString(),
                            "-storepass:env",
                            "LIAISON_EDITION_STOREPASS"))
                    .redirectErrorStream(true);
            builder.environment().put("LIAISON_EDITION_STOREPASS", new String(password));
            Process process = builder.start();
            String output =
                    new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool could not create " + path + ": " + output.strip());
            }
            LOG.info(
                    () -> "Created the edition signing key " + alias + " in " + path
                            + " (EC P-256, self-signed); replace it with your organisation's key for production (docs/security.md).");
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Cannot create the edition signing key " + path + " with " + keytool + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
