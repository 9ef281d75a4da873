package dev.marquee.platform.infrastructure.persistence.jpa;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns what JSON-B reads into plain Java values: whole numbers become {@link Long}, nested maps and lists are kept. */
final class JsonValues {

    private JsonValues() {
    }

    static Map<String, Object> normalize(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (v != null) {
                out.put(String.valueOf(k), value(v));
            }
        });
        return out;
    }

    private static Object value(Object v) {
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().scale() <= 0 ? (Object) d.longValue() : d;
        }
        if (v instanceof Map<?, ?> m) {
            return normalize(m);
        }
        if (v instanceof List<?> l) {
            return l.stream().map(JsonValues::value).toList();
        }
        return v;
    }
}
