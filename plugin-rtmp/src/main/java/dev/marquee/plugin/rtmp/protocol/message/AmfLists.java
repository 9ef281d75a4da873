package dev.marquee.plugin.rtmp.protocol.message;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Unmodifiable copies of AMF value lists, which may hold {@code null} (AMF0 Null). */
final class AmfLists {

    private AmfLists() {
    }

    static List<Object> copyOf(List<?> values) {
        return values == null || values.isEmpty() ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }
}
