package dev.marquee.platform.spi.web;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request to a {@link PluginRoute}, read in full by core (within {@code marquee.http.max-body}).
 * Core builds it; a plugin's unit tests may build one with {@link #builder(String, String)}.
 *
 * @since 0.1.0
 */
public final class PluginRequest {

    private final String method;
    private final String path;
    private final Map<String, String> pathParameters;
    private final Map<String, List<String>> query;
    private final Map<String, String> headers;
    private final String contentType;
    private final byte[] body;
    private final RouteCaller caller;
    private final String csrfToken;

    private PluginRequest(Builder builder) {
        this.method = builder.method;
        this.path = builder.path;
        this.pathParameters = Map.copyOf(builder.pathParameters);
        this.query = Map.copyOf(builder.query);
        TreeMap<String, String> lower = new TreeMap<>();
        builder.headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        this.headers = lower;
        this.contentType = builder.contentType;
        this.body = builder.body.clone();
        this.caller = builder.caller;
        this.csrfToken = builder.csrfToken;
    }

    /** A request with {@code method} to {@code path} (below the plugin's prefix), from nobody, with no body. */
    public static Builder builder(String method, String path) {
        return new Builder(method, path);
    }

    public String method() {
        return method;
    }

    /** The path below the plugin's prefix ({@code /api/v1/plugins/{pluginId}/} or {@code /p/{pluginId}/}), decoded. */
    public String path() {
        return path;
    }

    /** The value of the template's {@code {name}} segment. */
    public String pathParameter(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("The route has no path parameter " + name);
        }
        return value;
    }

    /** The first value of a query parameter. */
    public Optional<String> query(String name) {
        List<String> values = query.getOrDefault(name, List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Every value of a query parameter, in order. */
    public List<String> queryValues(String name) {
        return query.getOrDefault(name, List.of());
    }

    /** A request header (case-insensitive name). Cookies are not handed to plugins. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    public Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    /** The body's bytes (empty without one). */
    public byte[] body() {
        return body.clone();
    }

    public String bodyAsText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as a JSON object; an empty, malformed or non-object body is refused with 400. */
    public JsonObject bodyAsJsonObject() {
        JsonStructure json;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            json = reader.read();
        } catch (JsonException | IllegalStateException e) {
            throw Problem.invalid("The body is not valid JSON");
        }
        if (!(json instanceof JsonObject object)) {
            throw Problem.invalid("The body must be a JSON object");
        }
        return object;
    }

    /**
     * The first value of a field of an {@code application/x-www-form-urlencoded} body (a page's form); empty
     * without that field or with another kind of body.
     *
     * @since 0.1.0
     */
    public Optional<String> formValue(String name) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return Optional.empty();
        }
        for (String pair : bodyAsText().split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (decodeForm(key).equals(name)) {
                return Optional.of(eq < 0 ? "" : decodeForm(pair.substring(eq + 1)));
            }
        }
        return Optional.empty();
    }

    private static String decodeForm(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("The form is not validly encoded");
        }
    }

    public RouteCaller caller() {
        return caller;
    }

    /**
     * For a page: the signed-in visitor's CSRF token, to put into a form that writes as a hidden field
     * named {@code csrf} ({@code <input type="hidden" name="csrf" value="...">}). Empty when nobody is
     * signed in (core checks no token then) and for API routes, whose callers send the header.
     *
     * @since 0.1.0
     */
    public Optional<String> csrfToken() {
        return Optional.ofNullable(csrfToken);
    }

    /** Builds a {@link PluginRequest}. */
    public static final class Builder {
        private final String method;
        private final String path;
        private Map<String, String> pathParameters = Map.of();
        private Map<String, List<String>> query = Map.of();
        private Map<String, String> headers = Map.of();
        private String contentType;
        private byte[] body = new byte[0];
        private RouteCaller caller = RouteCaller.ANONYMOUS;
        private String csrfToken;

        private Builder(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Builder pathParameters(Map<String, String> pathParameters) {
            this.pathParameters = pathParameters;
            return this;
        }

        public Builder query(Map<String, List<String>> query) {
            this.query = query;
            return this;
        }

        public Builder headers(Map<String, String> headers) {
            this.headers = headers;
            return this;
        }

        public Builder body(String contentType, byte[] body) {
            this.contentType = contentType;
            this.body = body;
            return this;
        }

        public Builder caller(RouteCaller caller) {
            this.caller = caller;
            return this;
        }

        /** The visitor's CSRF token, which core hands to pages only. */
        public Builder csrfToken(String csrfToken) {
            this.csrfToken = csrfToken;
            return this;
        }

        public PluginRequest build() {
            return new PluginRequest(this);
        }
    }
}
