package dev.marquee.plugin.chat;

import static dev.marquee.plugin.chat.JsonSupport.JSON;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON provider this plugin builds and reads JSON with. The static {@code jakarta.json.JSON.create*}
 * methods look the provider up with a {@code ServiceLoader} scan of the web application's class path on every
 * call (under the class path's lock), which on per-frame paths serialised the server (docs/benchmarks.md,
 * issue 17). A provider is thread-safe; it is looked up once, here.
 */
public final class JsonSupport {

    /** Use instead of {@code jakarta.json.Json}: {@code JSON.createObjectBuilder()}, {@code JSON.createReader(..)}. */
    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonSupport() {
    }
}
