package dev.marquee.platform.spi.web;

/**
 * Escaping for the HTML a plugin page writes: every text or attribute value that did not come from the
 * plugin's own constants (a name, a query parameter, a form field) goes through {@link #escape(String)}
 * before it is put into a page. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Html {

    private Html() {
    }

    /** {@code text} with {@code & < > " '} replaced by character references; null becomes empty. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
