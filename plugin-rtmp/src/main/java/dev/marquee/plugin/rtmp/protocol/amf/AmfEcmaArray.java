package dev.marquee.plugin.rtmp.protocol.amf;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An AMF0 ECMA Array (an associative array, as in {@code onMetaData}). It is an ordinary ordered map;
 * the subtype only tells {@link Amf0Writer} to write it back as an ECMA Array rather than an Object.
 */
public class AmfEcmaArray extends LinkedHashMap<String, Object> {

    private static final long serialVersionUID = 1L;

    public AmfEcmaArray() {
        super();
    }

    public AmfEcmaArray(Map<String, ?> entries) {
        super(entries);
    }
}
