package dev.marquee.plugin.twilio.webhook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** A room callback's fields as bytes: a count, then each name and its value (which may be absent). */
final class RoomEventCodec {

    private static final int MAX_FIELDS = 32;

    private RoomEventCodec() {
    }

    static byte[] encode(Map<String, String> form) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeShort(form.size());
            for (Map.Entry<String, String> field : form.entrySet()) {
                out.writeUTF(field.getKey());
                out.writeBoolean(field.getValue() != null);
                if (field.getValue() != null) {
                    out.writeUTF(field.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The fields; an unchecked exception for bytes that are not an encoded callback. */
    static Map<String, String> decode(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            int count = in.readUnsignedShort();
            if (count > MAX_FIELDS) {
                throw new IOException("Too many fields: " + count);
            }
            Map<String, String> form = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                form.put(name, in.readBoolean() ? in.readUTF() : null);
            }
            return form;
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a room event", e);
        }
    }
}
