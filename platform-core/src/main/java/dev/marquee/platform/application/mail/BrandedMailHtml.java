package dev.marquee.platform.application.mail;

import dev.marquee.platform.application.branding.BrandingUrls;
import dev.marquee.platform.application.branding.HexColor;
import dev.marquee.platform.domain.model.branding.Branding;
import dev.marquee.platform.domain.model.branding.BrandingImageKind;
import dev.marquee.platform.spi.web.Html;

/**
 * The HTML frame of a mail about one event, in the event's branding: its colours, its logo (by its
 * absolute address under {@code marquee.public-url}, with the organizer's alt text, or the event's name,
 * for clients that do not load images) and its name. Styles are inline: mail clients drop style sheets.
 * Every text is escaped; colours are only ever the checked {@code #rrggbb} values.
 */
final class BrandedMailHtml {

    static final String ACCENT = "#5b3df5";
    static final String BACKGROUND = "#ffffff";
    static final String TEXT = "#16161d";

    private final String publicUrl;
    private final Long eventId;
    private final String eventTitle;
    private final Branding branding;

    BrandedMailHtml(String publicUrl, Long eventId, String eventTitle, Branding branding) {
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.eventId = eventId;
        this.eventTitle = eventTitle;
        this.branding = branding;
    }

    String accent() {
        return orDefault(branding.accent(), ACCENT);
    }

    /** A link drawn as a button in the accent colour. */
    String button(String href, String label) {
        String fg = HexColor.parse(accent()).readableOn().hex();
        return "<a href=\"" + Html.escape(href) + "\" style=\"display:inline-block;background:" + accent() + ";color:" + fg
                + ";padding:.6em 1.1em;border-radius:6px;text-decoration:none;font-weight:bold\">" + Html.escape(label) + "</a>";
    }

    /** The whole document around {@code content} (already HTML). */
    String page(String content) {
        String background = orDefault(branding.background(), BACKGROUND);
        String text = orDefault(branding.text(), TEXT);
        StringBuilder html = new StringBuilder(1024)
                .append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(Html.escape(eventTitle)).append("</title></head><body style=\"margin:0;background:").append(background)
                .append(";color:").append(text).append(";font-family:sans-serif;line-height:1.5\">")
                .append("<div style=\"max-width:36em;margin:0 auto;padding:1em\">")
                .append("<div style=\"border-top:6px solid ").append(accent()).append(";padding-top:1em\">");
        String logo = eventId == null ? null : BrandingUrls.path(eventId, branding, BrandingImageKind.LOGO);
        if (logo != null) {
            String alt = orDefault(branding.logoAlt(), eventTitle);
            html.append("<img src=\"").append(Html.escape(publicUrl + logo)).append("\" alt=\"").append(Html.escape(alt))
                    .append("\" style=\"display:block;max-height:64px;max-width:240px;margin-bottom:.5em\">");
        }
        return html.append("<h1 style=\"font-size:1.3em;margin:.2em 0\">").append(Html.escape(eventTitle)).append("</h1>")
                .append("</div>").append(content).append("</div></body></html>").toString();
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
