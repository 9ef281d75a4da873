package dev.marquee.systemtest;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files a branding test uploads, made here (real PNGs, an SVG, a polyglot), and reading a mail's HTML part. */
final class BrandingFixtures {

    static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
            + "<script>alert(document.cookie)</script></svg>";

    private BrandingFixtures() {
    }

    /** A PNG of the given size: the accent colour with a word on it. */
    static byte[] png(int width, int height, Color fill, String word) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(fill);
        g.fillRoundRect(0, 0, width, height, height / 3, height / 3);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, height / 2));
        g.drawString(word, height / 4, height * 2 / 3);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A real PNG with an HTML page after its end: a file that is an image and a page at once. */
    static byte[] polyglot() {
        byte[] png = png(16, 16, Color.BLUE, "");
        byte[] html = "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] both = java.util.Arrays.copyOf(png, png.length + html.length);
        System.arraycopy(html, 0, both, png.length, html.length);
        return both;
    }

    /** Writes bytes to a file in the test's work directory, for a browser to upload. */
    static Path file(String name, byte[] bytes) {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("marquee.work.dir", "target"), "branding"));
            return Files.write(dir.resolve(name), bytes).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text/html part of a mail (multipart/alternative or not), decoded. */
    static String html(Message mail) {
        try {
            Object content = mail.getContent();
            if (content instanceof Multipart multipart) {
                return htmlIn(multipart);
            }
            return mail.isMimeType("text/html") ? (String) content : null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String htmlIn(Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType("text/html")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart nested) {
                String html = htmlIn(nested);
                if (html != null) {
                    return html;
                }
            }
        }
        return null;
    }
}
