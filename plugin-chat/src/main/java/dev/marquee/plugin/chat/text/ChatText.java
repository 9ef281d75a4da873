package dev.marquee.plugin.chat.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Makes typed text safe to show: control characters go (line breaks stay, at most two in a row), any
 * HTML is made inert by jsoup (tags and comments removed, {@code & < > "} escaped), and the result is
 * cut to the length limit. Chat text is therefore HTML-escaped plain text: a page may insert it as
 * HTML, or decode it and insert it as text; either way nothing in it runs.
 */
public final class ChatText {

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings()
            .prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");

    private ChatText() {
    }

    /** The safe text, or an empty string when nothing is left to say. */
    public static String clean(String raw, int maxLength) {
        if (raw == null) {
            return "";
        }
        String plain = raw.replace("\r\n", "\n")
                .replaceAll("[\\p{Cntrl}&&[^\n]]", "")
                .replaceAll("[\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "")
                .replaceAll("\n{3,}", "\n\n")
                .strip();
        if (plain.codePointCount(0, plain.length()) > maxLength) {
            plain = plain.substring(0, plain.offsetByCodePoints(0, maxLength));
        }
        String safe = Jsoup.clean(plain, "", Safelist.none(), OUTPUT).strip();
        return safe.replace("\"", "&quot;").replace("'", "&#39;");
    }
}
