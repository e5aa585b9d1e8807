package org.liaisonhub.editorial.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command that checks an edition file offline: exit status and what it says. */
class VerifyEditionTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return VerifyEdition.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path signedFile() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair pair = generator.generateKeyPair();
        byte[] content = "{\"format\":\"liaison-exchange\"}".getBytes(StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("key.pem"), EditionSignature.toPem(pair.getPublic()));
        Files.write(dir.resolve("edition.json"), content);
        Files.write(dir.resolve("edition.json.sig"), EditionSignature.sign(pair.getPrivate(), content));
        return dir.resolve("edition.json");
    }

    @Test
    void aSignedFile_isValid_withTheSignatureNextToIt() throws Exception {
        Path file = signedFile();

        assertThat(run(dir.resolve("key.pem").toString(), file.toString())).isEqualTo(VerifyEdition.VALID);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("VALID");
    }

    @Test
    void oneChangedByte_isInvalid() throws Exception {
        Path file = signedFile();
        byte[] bytes = Files.readAllBytes(file);
        bytes[3] ^= 0x20;
        Files.write(file, bytes);

        assertThat(run(dir.resolve("key.pem").toString(), file.toString(), file + ".sig"))
                .isEqualTo(VerifyEdition.INVALID);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("INVALID");
    }

    @Test
    void missingFilesOrNoKey_sayWhy_withStatus2() throws Exception {
        Path file = signedFile();

        assertThat(run(dir.resolve("key.pem").toString())).isEqualTo(VerifyEdition.USAGE);
        assertThat(run(dir.resolve("nothing.pem").toString(), file.toString())).isEqualTo(VerifyEdition.USAGE);
        assertThat(run(file.toString(), file.toString()))
                .as("a JSON file is not a key")
                .isEqualTo(VerifyEdition.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Usage")
                .contains("nothing.pem")
                .contains("PUBLIC KEY");
    }
}
