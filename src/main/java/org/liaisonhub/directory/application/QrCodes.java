package org.liaisonhub.directory.application;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** QR codes (ZXing) so a contact card can be scanned into a phone from the screen. */
public final class QrCodes {

    private QrCodes() {}

    /** Whole pixels per module, never fewer than this: a long card must not turn into a blur of 1-pixel modules. */
    static final int MIN_MODULE_PIXELS = 4;

    /**
     * The text as a PNG of at least {@code size} pixels: each module drawn as the same whole number of pixels (at least
     * {@link #MIN_MODULE_PIXELS}, so a long card gives a larger image), with the 4-module quiet zone the standard asks.
     */
    public static byte[] png(String text, int size) {
        try {
            // Width and height 0: the bare matrix, one pixel per module, quiet zone included.
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8",
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    4));
            int modules = matrix.getWidth();
            int scale = Math.max(MIN_MODULE_PIXELS, (size + modules - 1) / modules);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BufferedImage image = new BufferedImage(modules * scale, modules * scale, BufferedImage.TYPE_BYTE_BINARY);
            java.awt.Graphics2D g = image.createGraphics();
            try {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
                g.setColor(java.awt.Color.BLACK);
                for (int y = 0; y < modules; y++) {
                    for (int x = 0; x < modules; x++) {
                        if (matrix.get(x, y)) {
                            g.fillRect(x * scale, y * scale, scale, scale);
                        }
                    }
                }
            } finally {
                g.dispose();
            }
            ImageIO.write(image, "PNG", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as QR code: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
