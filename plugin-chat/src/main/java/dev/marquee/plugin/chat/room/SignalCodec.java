package dev.marquee.plugin.chat.room;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A {@link RoomSignal} as bytes for the grid's topic. Bytes rather than a serialised object: topic
 * listeners run on the grid's event threads, where only the JDK's classes are certain to resolve.
 */
final class SignalCodec {

    private static final int VERSION = 1;

    private SignalCodec() {
    }

    static byte[] encode(RoomSignal s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + (s.frame() == null ? 0 : s.frame().length() * 2));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeByte(s.change().ordinal());
            writeString(out, s.room());
            writeString(out, s.frame());
            out.writeLong(s.messageId());
            writeString(out, s.subject());
            writeString(out, s.address());
            out.writeLong(s.until() == null ? Long.MIN_VALUE : s.until());
            out.writeBoolean(s.enabled());
            out.writeInt(s.slowModeSeconds());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static RoomSignal decode(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            int version = in.readByte();
            if (version != VERSION) {
                throw new IllegalArgumentException("Unknown chat signal version " + version);
            }
            RoomSignal.Change change = RoomSignal.Change.values()[in.readByte()];
            String room = readString(in);
            String frame = readString(in);
            long messageId = in.readLong();
            String subject = readString(in);
            String address = readString(in);
            long until = in.readLong();
            boolean enabled = in.readBoolean();
            int slowMode = in.readInt();
            return new RoomSignal(room, frame, change, messageId, subject, address,
                    until == Long.MIN_VALUE ? null : until, enabled, slowMode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
