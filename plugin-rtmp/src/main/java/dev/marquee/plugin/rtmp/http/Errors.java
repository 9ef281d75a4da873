package dev.marquee.plugin.rtmp.http;

import dev.marquee.platform.spi.audience.TooManyStreams;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Error answers in the API's JSON shape, {@code {"error": ..., "detail": ...}}. */
final class Errors {

    private Errors() {
    }

    /** The 429 of a playback past the person's stream limit, {@code {"error":"too_many_streams", "detail", "streams"}}. */
    static void tooManyStreams(HttpServletResponse response, TooManyStreams refusal) throws IOException {
        response.setStatus(429);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(refusal.toJson().toString());
    }

    static void send(HttpServletResponse response, int status, String error, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder().add("error", error).add("detail", detail).build().toString());
    }
}
