package dev.marquee.platform.interfaces.pages;

import dev.marquee.platform.spi.web.Html;

import java.nio.charset.StandardCharsets;

/**
 * Marquee's error page for a plugin page: the same {@code error} code and {@code detail} sentence the API's
 * JSON error body carries, as HTML (the code also in {@code data-error}, for scripts and tests), styled by
 * Marquee's stylesheet.
 */
record ErrorPage(int status, String error, String detail) {

    byte[] html(String contextPath) {
        String title = switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Sign in first";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 405 -> "Not allowed here";
            case 429 -> "Too many requests";
            default -> status >= 500 ? "Something went wrong" : "Refused";
        };
        String page = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(title) + " · Marquee</title>"
                + "<link rel=\"stylesheet\" href=\"" + Html.escape(contextPath) + "/assets/base.css\"></head>\n"
                + "<body><main class=\"error-page\" data-error=\"" + Html.escape(error) + "\">"
                + "<h1>" + Html.escape(title) + "</h1><p>" + Html.escape(detail) + "</p>"
                + "<p><a href=\"" + Html.escape(contextPath) + "/\">Marquee</a></p></main></body></html>\n";
        return page.getBytes(StandardCharsets.UTF_8);
    }
}
