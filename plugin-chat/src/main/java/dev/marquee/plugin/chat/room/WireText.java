package dev.marquee.plugin.chat.room;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Text fields of the plugin's grid messages: a length (-1 for null) and UTF-8 bytes, with no 64 KB
 * limit (unlike {@code writeUTF}), since a frame can be longer.
 */
public final class WireText {

    private WireText() {
    }

    public static void write(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    public static String read(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
