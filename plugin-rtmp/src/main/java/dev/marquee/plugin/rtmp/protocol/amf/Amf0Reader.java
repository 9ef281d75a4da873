package dev.marquee.plugin.rtmp.protocol.amf;

import io.netty.buffer.ByteBuf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads AMF0 values from a buffer, advancing its reader index. Every length is checked against
 * the readable bytes before anything is allocated, and nesting is limited, so malformed or hostile
 * input fails with an {@link AmfException}. References (marker 0x07) resolve to complex values read
 * earlier in the same call; MovieClip, RecordSet, XML, Typed Object and the AMF3 switch are refused.
 * Immutable and thread-safe.
 */
public final class Amf0Reader {

    /** Nesting depth allowed by {@link #Amf0Reader()}; real commands and metadata use 3 or fewer. */
    public static final int DEFAULT_MAX_DEPTH = 32;

    private static final int MAX_REFERENCES = 1024;

    private final int maxDepth;

    public Amf0Reader() {
        this(DEFAULT_MAX_DEPTH);
    }

    /** @param maxDepth how deep objects and arrays may nest; a top-level scalar is depth 0 */
    public Amf0Reader(int maxDepth) {
        if (maxDepth < 0) {
            throw new IllegalArgumentException("maxDepth < 0: " + maxDepth);
        }
        this.maxDepth = maxDepth;
    }

    /** Reads one value. */
    public Object read(ByteBuf in) {
        return new Cursor(in).value(0);
    }

    /** Reads values until the buffer has no readable bytes left (a command or data message body). */
    public List<Object> readAll(ByteBuf in) {
        Cursor cursor = new Cursor(in);
        List<Object> values = new ArrayList<>();
        while (in.isReadable()) {
            values.add(cursor.value(0));
        }
        return values;
    }

    /** The state of one read: the buffer and the complex values a Reference may point at. */
    private final class Cursor {

        private final ByteBuf in;
        private final List<Object> references = new ArrayList<>();

        Cursor(ByteBuf in) {
            this.in = in;
        }

        Object value(int depth) {
            int marker = u8();
            switch (marker) {
                case Amf0Marker.NUMBER:
                    need(8, "number");
                    return in.readDouble();
                case Amf0Marker.BOOLEAN:
                    return u8() != 0;
                case Amf0Marker.STRING:
                    return string(u16());
                case Amf0Marker.LONG_STRING:
                    return string(u32("long string"));
                case Amf0Marker.NULL:
                    return null;
                case Amf0Marker.UNDEFINED:
                    return AmfUndefined.INSTANCE;
                case Amf0Marker.DATE:
                    need(10, "date");
                    return new AmfDate(in.readDouble(), in.readShort());
                case Amf0Marker.OBJECT:
                    return properties(new LinkedHashMap<>(), depth, false);
                case Amf0Marker.ECMA_ARRAY:
                    u32("ECMA array count"); // advisory only: the entries end with an Object End
                    return properties(new AmfEcmaArray(), depth, true);
                case Amf0Marker.STRICT_ARRAY:
                    return strictArray(depth);
                case Amf0Marker.REFERENCE:
                    return reference();
                default:
                    throw new AmfException("unsupported AMF0 marker 0x" + Integer.toHexString(marker)
                            + " at offset " + (in.readerIndex() - 1));
            }
        }

        private Map<String, Object> properties(Map<String, Object> map, int depth, boolean ecma) {
            enter(depth, map);
            while (true) {
                if (ecma && !in.isReadable()) {
                    return map; // some encoders end an ECMA array at the end of the message
                }
                int keyLength = u16();
                if (keyLength == 0) {
                    int end = u8();
                    if (end != Amf0Marker.OBJECT_END) {
                        throw new AmfException("empty property name not followed by Object End");
                    }
                    return map;
                }
                String key = string(keyLength);
                map.put(key, value(depth + 1));
            }
        }

        private List<Object> strictArray(int depth) {
            long count = u32("strict array count");
            if (count > in.readableBytes()) {
                throw new AmfException("strict array of " + count + " values in " + in.readableBytes() + " bytes");
            }
            List<Object> list = new ArrayList<>((int) count);
            enter(depth, list);
            for (long i = 0; i < count; i++) {
                list.add(value(depth + 1));
            }
            return list;
        }

        private Object reference() {
            int index = u16();
            if (index >= references.size()) {
                throw new AmfException("reference " + index + " to one of " + references.size() + " values");
            }
            return references.get(index);
        }

        private void enter(int depth, Object complex) {
            if (depth >= maxDepth) {
                throw new AmfException("AMF0 values nested deeper than " + maxDepth);
            }
            if (references.size() < MAX_REFERENCES) {
                references.add(complex);
            }
        }

        private String string(long length) {
            need(length, "string");
            String s = in.toString(in.readerIndex(), (int) length, StandardCharsets.UTF_8);
            in.skipBytes((int) length);
            return s;
        }

        private int u8() {
            need(1, "marker");
            return in.readUnsignedByte();
        }

        private int u16() {
            need(2, "length");
            return in.readUnsignedShort();
        }

        private long u32(String what) {
            need(4, what);
            return in.readUnsignedInt();
        }

        private void need(long bytes, String what) {
            if (in.readableBytes() < bytes) {
                throw new AmfException("truncated AMF0 " + what + ": need " + bytes + " bytes, have "
                        + in.readableBytes());
            }
        }
    }
}
