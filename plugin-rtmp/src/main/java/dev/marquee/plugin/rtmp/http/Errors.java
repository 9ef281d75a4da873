package dev.marquee.plugin.rtmp.http;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Error answers in the API's JSON shape, {@code {"error": ..., "detail": ...}}. */
final class Errors {

    private Errors() {
    }

    static void send(HttpServletResponse response, int status, String error, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder().add("error", error).add("detail", detail).build().toString());
    }
}
