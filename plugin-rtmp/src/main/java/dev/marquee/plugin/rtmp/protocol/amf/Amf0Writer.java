package dev.marquee.plugin.rtmp.protocol.amf;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

import java.util.List;
import java.util.Map;

/**
 * Writes Java values as AMF0: any {@link Number} as a Number, {@link Boolean}, {@link CharSequence}
 * as a String (a Long String past 65,535 UTF-8 bytes), {@link AmfEcmaArray} as an ECMA Array, any
 * other {@link Map} with string keys as an Object, {@link List} or {@code Object[]} as a Strict Array,
 * {@code null} as Null, {@link AmfUndefined} and {@link AmfDate}. Anything else, or a structure
 * nested deeper than {@link #MAX_DEPTH} (a cycle, say), is an {@link AmfException}.
 */
public final class Amf0Writer {

    /** The deepest nesting written; deeper structures are almost surely cyclic. */
    public static final int MAX_DEPTH = 64;

    private static final int MAX_SHORT_STRING = 0xFFFF;

    private Amf0Writer() {
    }

    /** Writes the values one after another, as in a command or data message body. */
    public static void writeAll(ByteBuf out, Iterable<?> values) {
        for (Object value : values) {
            write(out, value);
        }
    }

    public static void write(ByteBuf out, Object value) {
        write(out, value, 0);
    }

    private static void write(ByteBuf out, Object value, int depth) {
        if (value == null) {
            out.writeByte(Amf0Marker.NULL);
        } else if (value instanceof Number n) {
            out.writeByte(Amf0Marker.NUMBER).writeDouble(n.doubleValue());
        } else if (value instanceof Boolean b) {
            out.writeByte(Amf0Marker.BOOLEAN).writeByte(b ? 1 : 0);
        } else if (value instanceof CharSequence s) {
            writeString(out, s);
        } else if (value instanceof AmfUndefined) {
            out.writeByte(Amf0Marker.UNDEFINED);
        } else if (value instanceof AmfDate d) {
            out.writeByte(Amf0Marker.DATE).writeDouble(d.epochMillis()).writeShort(d.timeZone());
        } else if (value instanceof Map<?, ?> map) {
            checkDepth(depth);
            if (map instanceof AmfEcmaArray) {
                out.writeByte(Amf0Marker.ECMA_ARRAY).writeInt(map.size());
            } else {
                out.writeByte(Amf0Marker.OBJECT);
            }
            writeProperties(out, map, depth);
        } else if (value instanceof List<?> list) {
            checkDepth(depth);
            out.writeByte(Amf0Marker.STRICT_ARRAY).writeInt(list.size());
            for (Object element : list) {
                write(out, element, depth + 1);
            }
        } else if (value instanceof Object[] array) {
            write(out, List.of(array), depth);
        } else {
            throw new AmfException("no AMF0 type for " + value.getClass().getName());
        }
    }

    private static void writeProperties(ByteBuf out, Map<?, ?> map, int depth) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof CharSequence key) || key.length() == 0) {
                throw new AmfException("AMF0 property names must be non-empty strings: " + entry.getKey());
            }
            writeUtf8(out, key, false);
            write(out, entry.getValue(), depth + 1);
        }
        out.writeShort(0).writeByte(Amf0Marker.OBJECT_END);
    }

    private static void writeString(ByteBuf out, CharSequence s) {
        boolean isLong = ByteBufUtil.utf8Bytes(s) > MAX_SHORT_STRING;
        out.writeByte(isLong ? Amf0Marker.LONG_STRING : Amf0Marker.STRING);
        writeUtf8(out, s, isLong);
    }

    private static void writeUtf8(ByteBuf out, CharSequence s, boolean longLength) {
        int length = ByteBufUtil.utf8Bytes(s);
        if (longLength) {
            out.writeInt(length);
        } else if (length > MAX_SHORT_STRING) {
            throw new AmfException("AMF0 property name longer than 65535 bytes");
        } else {
            out.writeShort(length);
        }
        ByteBufUtil.reserveAndWriteUtf8(out, s, length);
    }

    private static void checkDepth(int depth) {
        if (depth >= MAX_DEPTH) {
            throw new AmfException("AMF0 value nested deeper than " + MAX_DEPTH + " (a cycle?)");
        }
    }
}
