package org.liaisonhub.directory.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QrCodesTest {

    /** Cards of every length decode, including long ones that once came out as unreadable 1-pixel modules. */
    @ParameterizedTest
    @ValueSource(ints = {20, 200, 600, 900, 1400})
    void aCardOfAnyLength_decodesToTheSameText(int length) throws Exception {
        StringBuilder card = new StringBuilder("BEGIN:VCARD\nVERSION:4.0\nFN:Åklagarmyndigheten – ");
        Random random = new Random(length);
        while (card.length() < length) {
            card.append((char) ('a' + random.nextInt(26)));
        }

        byte[] png = QrCodes.png(card.toString(), 320);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(300);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String decoded = new MultiFormatReader()
                .decode(new BinaryBitmap(
                        new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
                .getText();
        assertThat(decoded).isEqualTo(card.toString());
    }
}
