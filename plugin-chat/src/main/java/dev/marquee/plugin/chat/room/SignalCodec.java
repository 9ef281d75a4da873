package dev.marquee.plugin.chat.room;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

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
            WireText.write(out, s.room());
            WireText.write(out, s.frame());
            out.writeLong(s.messageId());
            WireText.write(out, s.subject());
            WireText.write(out, s.address());
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
            String room = WireText.read(in);
            String frame = WireText.read(in);
            long messageId = in.readLong();
            String subject = WireText.read(in);
            String address = WireText.read(in);
            long until = in.readLong();
            boolean enabled = in.readBoolean();
            int slowMode = in.readInt();
            return new RoomSignal(room, frame, change, messageId, subject, address,
                    until == Long.MIN_VALUE ? null : until, enabled, slowMode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
