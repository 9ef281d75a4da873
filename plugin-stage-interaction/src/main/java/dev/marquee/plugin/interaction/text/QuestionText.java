package dev.marquee.plugin.interaction.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Makes typed text (questions, poll questions and options) safe to show, by the chat's rule: control
 * characters go (line breaks stay, at most two in a row), direction overrides and zero-width characters
 * go, any HTML is made inert by jsoup (tags removed, {@code & < > " '} escaped). The result is
 * HTML-escaped plain text, like chat text: a page may insert it as HTML or decode it into text.
 */
public final class QuestionText {

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings()
            .prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");

    private QuestionText() {
    }

    /** The text as typed, normalised and trimmed but not yet escaped (to check its length). */
    public static String plain(String raw) {
        if (raw == null) {
            return "";
        }
        return raw.replace("\r\n", "\n")
                .replaceAll("[\\p{Cntrl}&&[^\n]]", "")
                .replaceAll("[\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "")
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }

    /** The safe text of {@link #plain} text; empty when nothing is left (only markup, say). */
    public static String safe(String plain) {
        String safe = Jsoup.clean(plain, "", Safelist.none(), OUTPUT).strip();
        return safe.replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** Length in characters (code points), as people count them. */
    public static int length(String plain) {
        return plain.codePointCount(0, plain.length());
    }
}
