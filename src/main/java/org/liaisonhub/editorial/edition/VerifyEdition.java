package org.liaisonhub.editorial.edition;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;

/**
 * Checks an edition file against its detached signature and the server's public key, offline:
 * <pre>
 * java -cp target/classes org.liaisonhub.editorial.edition.VerifyEdition edition-key.pem liaison-edition-7.pdf [liaison-edition-7.pdf.sig]
 * </pre>
 * (the signature defaults to the file's name plus {@code .sig}). Exit status 0 and "VALID" when the signature
 * holds, 1 and "INVALID" when it does not (the file or the signature changed, or another key signed it), 2 when
 * the command cannot run (missing file, not a key). Needs nothing but the JDK.
 */
public final class VerifyEdition {

    public static final int VALID = 0;
    public static final int INVALID = 1;
    public static final int USAGE = 2;

    private VerifyEdition() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The command without {@code System.exit}, for tests: the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || args.length > 3) {
            err.println("Usage: VerifyEdition <public-key.pem> <file> [<file>.sig]");
            return USAGE;
        }
        Path keyFile = Path.of(args[0]);
        Path file = Path.of(args[1]);
        Path signatureFile = Path.of(args.length == 3 ? args[2] : args[1] + ".sig");
        try {
            PublicKey key = EditionSignature.fromPem(Files.readString(keyFile, StandardCharsets.US_ASCII));
            boolean valid = EditionSignature.verify(key, Files.readAllBytes(file), Files.readAllBytes(signatureFile));
            out.println((valid ? "VALID: " : "INVALID: ") + file
                    + (valid ? " is signed by key " : " does not match signature " + signatureFile + " with key ")
                    + EditionSignature.fingerprint(key).substring(0, 16) + "…");
            return valid ? VALID : INVALID;
        } catch (IOException e) {
            err.println("Cannot read " + e.getMessage());
            return USAGE;
        } catch (IllegalArgumentException e) {
            err.println(args[0] + ": " + e.getMessage());
            return USAGE;
        }
    }
}
