package org.liaisonhub.practices.intake;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A plain text or Markdown file, taken as it is: strict UTF-8 (a file in another encoding is refused rather than
 * read as mojibake) and at most a given number of characters.
 */
final class PlainText {

    private PlainText() {}

    static String read(byte[] content, int maxChars) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException("Text files must be UTF-8; save the file as UTF-8 and try again.");
        }
        if (text.length() > maxChars) {
            throw UnreadableDocumentException.tooMuchText(maxChars);
        }
        return text;
    }
}
