package dev.marquee.platform.spi.settings;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a value as it arrives in JSON into the normalised form of its {@link SettingType}, or says why it can't. */
final class SettingValueParser {

    static final int MAX_TEXT = 16_000;

    private SettingValueParser() {
    }

    static Object parse(SettingDescriptor descriptor, Object raw) {
        return switch (descriptor.type()) {
            case STRING, TEXT -> text(raw);
            case URL -> url(raw);
            case INTEGER -> integer(raw);
            case BOOLEAN -> bool(raw);
            case DURATION -> duration(raw);
            case CHOICE -> choice(descriptor, raw);
            case STRING_LIST -> list(raw);
            case STRING_MAP -> map(raw);
        };
    }

    private static String text(Object raw) {
        if (!(raw instanceof String s)) {
            throw new IllegalArgumentException("must be text");
        }
        if (s.length() > MAX_TEXT) {
            throw new IllegalArgumentException("must be at most " + MAX_TEXT + " characters");
        }
        return s;
    }

    private static String url(Object raw) {
        String s = text(raw).trim();
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme();
            if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) || uri.getHost() == null) {
                throw new IllegalArgumentException("must be an absolute http or https URL");
            }
            return s;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("must be an absolute http or https URL");
        }
    }

    private static Long integer(Object raw) {
        try {
            if (raw instanceof Number n) {
                return new BigDecimal(n.toString()).longValueExact();
            }
            if (raw instanceof String s) {
                return Long.parseLong(s.trim());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("must be a whole number");
    }

    private static Boolean bool(Object raw) {
        if (raw instanceof Boolean b) {
            return b;
        }
        if ("true".equals(raw) || "false".equals(raw)) {
            return Boolean.valueOf((String) raw);
        }
        throw new IllegalArgumentException("must be true or false");
    }

    private static String duration(Object raw) {
        String s = text(raw).trim();
        try {
            Duration d = Duration.parse(s);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("must be a positive duration");
            }
            return d.toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be an ISO-8601 duration such as PT1M");
        }
    }

    private static String choice(SettingDescriptor descriptor, Object raw) {
        String s = text(raw);
        if (!descriptor.choices().contains(s)) {
            throw new IllegalArgumentException("must be one of " + String.join(", ", descriptor.choices()));
        }
        return s;
    }

    private static List<String> list(Object raw) {
        if (!(raw instanceof List<?> items)) {
            throw new IllegalArgumentException("must be a list of text values");
        }
        List<String> out = new ArrayList<>(items.size());
        for (Object item : items) {
            out.add(text(item));
        }
        return List.copyOf(out);
    }

    private static Map<String, String> map(Object raw) {
        if (!(raw instanceof Map<?, ?> entries)) {
            throw new IllegalArgumentException("must be an object whose values are text");
        }
        Map<String, String> out = new LinkedHashMap<>();
        entries.forEach((key, value) -> out.put(String.valueOf(key), text(value)));
        return out;
    }
}
