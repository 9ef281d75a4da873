package dev.marquee.platform.application.branding;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Tells PNG, JPEG and WebP images apart by their bytes and reads their size in pixels, walking each
 * file's structure to its very end: a file whose structure does not hold (a PNG chunk with a wrong
 * checksum, a RIFF size that is not the file's) or that goes on after the image's end (an HTML or
 * script payload appended to make a polyglot) is refused. Anything else, SVG included (it can carry
 * scripts), is refused too. Only headers and markers are read; no pixel is decoded.
 */
public final class ImageSniffer {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    static final String ONLY = "Only PNG, JPEG and WebP images are accepted";

    private ImageSniffer() {
    }

    public static SniffedImage sniff(byte[] bytes) throws ImageRefused {
        if (startsWith(bytes, PNG)) {
            return png(bytes);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
            return jpeg(bytes);
        }
        if (bytes.length >= 12 && ascii(bytes, 0, 4).equals("RIFF") && ascii(bytes, 8, 4).equals("WEBP")) {
            return webp(bytes);
        }
        throw new ImageRefused(ONLY + "; this file is none of them" + (looksLikeMarkup(bytes)
                ? " (it looks like SVG, XML or HTML, which can carry scripts)" : ""));
    }

    private static SniffedImage png(byte[] b) throws ImageRefused {
        int at = PNG.length;
        int width = 0;
        int height = 0;
        boolean first = true;
        while (true) {
            if (at + 12 > b.length) {
                throw broken("PNG", "it ends inside a chunk, before its IEND chunk");
            }
            long length = u32be(b, at);
            String type = ascii(b, at + 4, 4);
            if (length > b.length - at - 12L || !type.chars().allMatch(Character::isLetter)) {
                throw broken("PNG", "a chunk's length or name is not valid");
            }
            CRC32 crc = new CRC32();
            crc.update(b, at + 4, 4 + (int) length);
            if (crc.getValue() != u32be(b, at + 8 + (int) length)) {
                throw broken("PNG", "the checksum of its " + type + " chunk is wrong");
            }
            if (first) {
                if (!type.equals("IHDR") || length != 13) {
                    throw broken("PNG", "it does not begin with an IHDR chunk");
                }
                width = (int) Math.min(Integer.MAX_VALUE, u32be(b, at + 8));
                height = (int) Math.min(Integer.MAX_VALUE, u32be(b, at + 12));
                first = false;
            }
            at += 12 + (int) length;
            if (type.equals("IEND")) {
                break;
            }
        }
        return finish("image/png", width, height, b.length - at);
    }

    private static SniffedImage jpeg(byte[] b) throws ImageRefused {
        int at = 2;
        int width = 0;
        int height = 0;
        while (true) {
            if (at + 2 > b.length || (b[at] & 0xff) != 0xff) {
                throw broken("JPEG", "it ends or breaks off before its end-of-image marker");
            }
            int marker = b[at + 1] & 0xff;
            at += 2;
            if (marker == 0xff) {
                at--; // a fill byte before the marker
                continue;
            }
            if (marker == 0xd9) {
                break;
            }
            if (marker == 0x01 || marker >= 0xd0 && marker <= 0xd7) {
                continue;
            }
            if (at + 2 > b.length) {
                throw broken("JPEG", "it ends inside a segment");
            }
            int length = (b[at] & 0xff) << 8 | b[at + 1] & 0xff;
            if (length < 2 || at + length > b.length) {
                throw broken("JPEG", "a segment's length is not valid");
            }
            boolean frame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
            if (frame && length >= 7) {
                height = (b[at + 3] & 0xff) << 8 | b[at + 4] & 0xff;
                width = (b[at + 5] & 0xff) << 8 | b[at + 6] & 0xff;
            }
            at += length;
            if (marker == 0xda) {
                at = afterScan(b, at);
            }
        }
        return finish("image/jpeg", width, height, b.length - at);
    }

    /** Where the marker after a scan's entropy-coded data starts (stuffed 0xff00 and restarts are data). */
    private static int afterScan(byte[] b, int at) throws ImageRefused {
        for (int i = at; i + 1 < b.length; i++) {
            if ((b[i] & 0xff) == 0xff) {
                int next = b[i + 1] & 0xff;
                if (next != 0x00 && next != 0xff && (next < 0xd0 || next > 0xd7)) {
                    return i;
                }
            }
        }
        throw broken("JPEG", "it ends inside its image data, before its end-of-image marker");
    }

    private static SniffedImage webp(byte[] b) throws ImageRefused {
        long riff = u32le(b, 4);
        if (riff + 8 != b.length) {
            throw broken("WebP", "its RIFF size (" + riff + " bytes) is not the file's");
        }
        int at = 12;
        int width = 0;
        int height = 0;
        boolean first = true;
        while (at < b.length) {
            if (at + 8 > b.length) {
                throw broken("WebP", "it ends inside a chunk header");
            }
            String type = ascii(b, at, 4);
            long size = u32le(b, at + 4);
            int data = at + 8;
            if (size > b.length - data) {
                throw broken("WebP", "a chunk's size is not valid");
            }
            if (first) {
                int[] size2 = webpSize(type, b, data, (int) size);
                width = size2[0];
                height = size2[1];
                first = false;
            }
            at = data + (int) size + (int) (size & 1);
        }
        if (first) {
            throw broken("WebP", "it holds no image");
        }
        return finish("image/webp", width, height, b.length - at);
    }

    private static int[] webpSize(String type, byte[] b, int at, int size) throws ImageRefused {
        switch (type) {
            case "VP8X" -> {
                if (size < 10) {
                    break;
                }
                return new int[] {u24le(b, at + 4) + 1, u24le(b, at + 7) + 1};
            }
            case "VP8L" -> {
                if (size < 5 || (b[at] & 0xff) != 0x2f) {
                    break;
                }
                long bits = u32le(b, at + 1);
                return new int[] {(int) (bits & 0x3fff) + 1, (int) (bits >> 14 & 0x3fff) + 1};
            }
            case "VP8 " -> {
                if (size < 10 || (b[at + 3] & 0xff) != 0x9d || (b[at + 4] & 0xff) != 0x01 || (b[at + 5] & 0xff) != 0x2a) {
                    break;
                }
                return new int[] {((b[at + 7] & 0xff) << 8 | b[at + 6] & 0xff) & 0x3fff,
                        ((b[at + 9] & 0xff) << 8 | b[at + 8] & 0xff) & 0x3fff};
            }
            default -> {
                // not an image chunk: refused below
            }
        }
        throw broken("WebP", "its first chunk (" + type.strip() + ") is not a valid image header");
    }

    private static SniffedImage finish(String type, int width, int height, int trailing) throws ImageRefused {
        String format = type.substring("image/".length()).toUpperCase(java.util.Locale.ROOT);
        if (trailing > 0) {
            throw broken(format, trailing + " bytes follow the end of the image (a file hiding something else)");
        }
        if (width <= 0 || height <= 0) {
            throw broken(format, "it does not say its size in pixels");
        }
        return new SniffedImage(type, width, height);
    }

    private static ImageRefused broken(String format, String why) {
        return new ImageRefused("This is not a well-formed " + format + " image: " + why);
    }

    private static boolean looksLikeMarkup(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.ISO_8859_1).strip().toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<") || head.contains("<svg") || head.contains("<script") || head.contains("<html");
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] b, int at, int length) {
        return new String(b, at, length, StandardCharsets.ISO_8859_1);
    }

    private static long u32be(byte[] b, int at) {
        return (b[at] & 0xffL) << 24 | (b[at + 1] & 0xffL) << 16 | (b[at + 2] & 0xffL) << 8 | b[at + 3] & 0xffL;
    }

    private static long u32le(byte[] b, int at) {
        return (b[at + 3] & 0xffL) << 24 | (b[at + 2] & 0xffL) << 16 | (b[at + 1] & 0xffL) << 8 | b[at] & 0xffL;
    }

    private static int u24le(byte[] b, int at) {
        return (b[at + 2] & 0xff) << 16 | (b[at + 1] & 0xff) << 8 | b[at] & 0xff;
    }
}
