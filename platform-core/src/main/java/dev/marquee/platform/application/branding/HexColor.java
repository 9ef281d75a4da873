package dev.marquee.platform.application.branding;

import java.util.Locale;
import java.util.regex.Pattern;

/** An sRGB colour written {@code #rrggbb} (or {@code #rgb}), with its WCAG relative luminance. */
public record HexColor(int red, int green, int blue) {

    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    /** The colour {@code text} names, or null when it is not {@code #rgb} / {@code #rrggbb}. */
    public static HexColor parse(String text) {
        if (text == null || !HEX.matcher(text.trim()).matches()) {
            return null;
        }
        String digits = text.trim().substring(1);
        if (digits.length() == 3) {
            digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1)
                    + digits.charAt(2) + digits.charAt(2);
        }
        int rgb = Integer.parseInt(digits, 16);
        return new HexColor(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }

    /** {@code #rrggbb}, lower case. */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** Relative luminance as WCAG 2 defines it: 0 for black, 1 for white. */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    /** The WCAG contrast ratio between this colour and {@code other}: 1 (none) to 21 (black on white). */
    public double contrastWith(HexColor other) {
        double a = luminance();
        double b = other.luminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** White or black, whichever reads better on this colour (at least 4.58:1 for any colour). */
    public HexColor readableOn() {
        HexColor white = new HexColor(255, 255, 255);
        HexColor black = new HexColor(0, 0, 0);
        return contrastWith(white) >= contrastWith(black) ? white : black;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    @Override
    public String toString() {
        return hex();
    }
}
