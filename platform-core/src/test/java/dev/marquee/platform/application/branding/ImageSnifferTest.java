package dev.marquee.platform.application.branding;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageSnifferTest {

    /** 1×1 lossless and lossy WebP files, as browsers' feature tests use them. */
    private static final byte[] WEBP_LOSSLESS = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
    private static final byte[] WEBP_LOSSY = Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x5b3df5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @Test
    void pngJpegAndWebpAreKnownByTheirBytesWithTheirSize() throws Exception {
        assertThat(ImageSniffer.sniff(image("png", 320, 90))).isEqualTo(new SniffedImage("image/png", 320, 90));
        assertThat(ImageSniffer.sniff(image("jpg", 640, 200))).isEqualTo(new SniffedImage("image/jpeg", 640, 200));
        assertThat(ImageSniffer.sniff(WEBP_LOSSLESS)).isEqualTo(new SniffedImage("image/webp", 1, 1));
        assertThat(ImageSniffer.sniff(WEBP_LOSSY)).isEqualTo(new SniffedImage("image/webp", 1, 1));
    }

    @Test
    void svgIsRefusedAndSaidToBeMarkup() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ImageSniffer.sniff(svg)).isInstanceOf(ImageRefused.class)
                .hasMessageContaining("Only PNG, JPEG and WebP").hasMessageContaining("SVG");
    }

    @Test
    void otherFilesAreRefused() {
        assertThatThrownBy(() -> ImageSniffer.sniff("GIF89a....".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(ImageRefused.class).hasMessageContaining("none of them");
        assertThatThrownBy(() -> ImageSniffer.sniff(new byte[0])).isInstanceOf(ImageRefused.class);
    }

    @Test
    void aPolyglotWithAPayloadAfterTheImageIsRefused() throws Exception {
        byte[] html = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
        for (String format : new String[] {"png", "jpg"}) {
            byte[] image = image(format, 8, 8);
            byte[] polyglot = Arrays.copyOf(image, image.length + html.length);
            System.arraycopy(html, 0, polyglot, image.length, html.length);
            assertThatThrownBy(() -> ImageSniffer.sniff(polyglot)).as(format).isInstanceOf(ImageRefused.class)
                    .hasMessageContaining(html.length + " bytes follow the end of the image");
        }
    }

    @Test
    void aWebpWhoseRiffSizeIsNotTheFilesIsRefused() {
        byte[] longer = Arrays.copyOf(WEBP_LOSSLESS, WEBP_LOSSLESS.length + 40);
        assertThatThrownBy(() -> ImageSniffer.sniff(longer)).isInstanceOf(ImageRefused.class)
                .hasMessageContaining("RIFF size");
    }

    @Test
    void aMagicNumberFollowedByAnythingElseIsRefused() throws Exception {
        byte[] png = image("png", 4, 4);
        byte[] fake = Arrays.copyOf(png, 8 + 40);
        System.arraycopy("<script>alert(1)</script> and more bytes...".getBytes(StandardCharsets.US_ASCII), 0, fake, 8, 40);
        assertThatThrownBy(() -> ImageSniffer.sniff(fake)).isInstanceOf(ImageRefused.class)
                .hasMessageContaining("not a well-formed PNG");

        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, '<', 'h', 't', 'm', 'l', '>'};
        assertThatThrownBy(() -> ImageSniffer.sniff(jpeg)).isInstanceOf(ImageRefused.class)
                .hasMessageContaining("not a well-formed JPEG");
    }

    @Test
    void aPngWithATamperedChunkIsRefused() throws Exception {
        byte[] png = image("png", 4, 4);
        png[20] ^= 1; // inside IHDR: the width changes, the checksum does not
        assertThatThrownBy(() -> ImageSniffer.sniff(png)).isInstanceOf(ImageRefused.class)
                .hasMessageContaining("checksum of its IHDR chunk");
    }

    @Test
    void aTruncatedImageIsRefused() throws Exception {
        byte[] png = image("png", 16, 16);
        byte[] jpeg = image("jpg", 16, 16);
        assertThatThrownBy(() -> ImageSniffer.sniff(Arrays.copyOf(png, png.length - 5))).isInstanceOf(ImageRefused.class);
        assertThatThrownBy(() -> ImageSniffer.sniff(Arrays.copyOf(jpeg, jpeg.length - 2))).isInstanceOf(ImageRefused.class);
    }
}
