package dev.marquee.platform.spi.web;

import jakarta.json.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What a {@link PluginHandler} answers: a status, a content type and the body's bytes. For an API route
 * core adds {@code Cache-Control: no-store}, {@code X-Content-Type-Options: nosniff} and a
 * Content-Security-Policy that runs nothing; answer JSON or plain text there (an API is no place for
 * pages). A page ({@link dev.marquee.platform.spi.MarqueePlugin#pages()}) answers {@link #html(String)},
 * or its own script or style with {@link #of(int, String, byte[])}, and gets the page headers instead.
 *
 * @since 0.1.0
 */
public final class PluginResponse {

    private final int status;
    private final String contentType;
    private final byte[] body;

    private PluginResponse(int status, String contentType, byte[] body) {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("Not an HTTP status: " + status);
        }
        this.status = status;
        this.contentType = contentType;
        this.body = body;
    }

    /** 200 with a JSON body. */
    public static PluginResponse json(JsonValue json) {
        return json(200, json);
    }

    public static PluginResponse json(int status, JsonValue json) {
        return new PluginResponse(status, "application/json",
                Objects.requireNonNull(json, "json").toString().getBytes(StandardCharsets.UTF_8));
    }

    /** 200 with a plain-text body. */
    public static PluginResponse text(String text) {
        return new PluginResponse(200, "text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** 200 with an HTML page; escape what is not the plugin's own with {@link Html#escape(String)}. */
    public static PluginResponse html(String html) {
        return html(200, html);
    }

    public static PluginResponse html(int status, String html) {
        return new PluginResponse(status, "text/html; charset=UTF-8",
                Objects.requireNonNull(html, "html").getBytes(StandardCharsets.UTF_8));
    }

    /** 204, no body. */
    public static PluginResponse noContent() {
        return new PluginResponse(204, null, new byte[0]);
    }

    /** Any status, content type and body. */
    public static PluginResponse of(int status, String contentType, byte[] body) {
        return new PluginResponse(status, contentType, body.clone());
    }

    public int status() {
        return status;
    }

    /** The content type; null with no body. */
    public String contentType() {
        return contentType;
    }

    public byte[] body() {
        return body.clone();
    }
}
