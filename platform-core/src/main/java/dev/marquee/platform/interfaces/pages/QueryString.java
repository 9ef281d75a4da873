package dev.marquee.platform.interfaces.pages;

import dev.marquee.platform.spi.web.Problem;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A raw query string read into names and values, in order, without touching the request's body (the
 * servlet API's parameter methods would read a form body before the CSRF check and the plugin see it).
 */
final class QueryString {

    private QueryString() {
    }

    static Map<String, List<String>> parse(String raw) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        values.replaceAll((name, list) -> List.copyOf(list));
        return values;
    }

    /** Percent-decoding as forms and query strings use it ({@code +} is a space); malformed is refused with 400. */
    static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("The address is not validly encoded");
        }
    }
}
