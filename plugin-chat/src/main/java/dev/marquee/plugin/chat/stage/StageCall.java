package dev.marquee.plugin.chat.stage;

import dev.marquee.platform.spi.stage.StageMember;
import dev.marquee.plugin.chat.room.WireText;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * A stage handler call forwarded to the stage's owner: a frame a member sent, the member leaving, or what a
 * handler on another instance relays (RELAYED: the member is {@link #relay}'s stand-in, never a person).
 * Travels as bytes (the grid's event threads resolve only the JDK's classes for sure).
 *
 * @param target the owner instance that must handle it
 * @param from   the instance the member is connected to
 * @param type   the frame's type (RECEIVED) or null
 * @param frame  the frame's JSON text (RECEIVED) or null
 */
public record StageCall(UUID target, UUID from, Kind kind, StageMember member, String type, String frame) {

    /** What happened to the member. */
    public enum Kind { RECEIVED, LEFT, RELAYED }

    /** The member a RELAYED call carries: the sending instance, on the stage. */
    static StageMember relay(UUID from, long stageId) {
        return new StageMember("instance:" + from, stageId, 0, "instance:" + from, "", "instance", false, false);
    }

    private static final int VERSION = 1;

    byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + (frame == null ? 0 : frame.length() * 2));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeLong(target.getMostSignificantBits());
            out.writeLong(target.getLeastSignificantBits());
            out.writeLong(from.getMostSignificantBits());
            out.writeLong(from.getLeastSignificantBits());
            out.writeByte(kind.ordinal());
            out.writeUTF(member.connectionId());
            out.writeLong(member.stageId());
            out.writeLong(member.eventId());
            out.writeUTF(member.subject());
            out.writeUTF(member.displayName());
            out.writeUTF(member.role());
            out.writeBoolean(member.leads());
            out.writeBoolean(member.guest());
            WireText.write(out, type);
            WireText.write(out, frame);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static StageCall decode(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            int version = in.readByte();
            if (version != VERSION) {
                throw new IllegalArgumentException("Unknown stage call version " + version);
            }
            UUID target = new UUID(in.readLong(), in.readLong());
            UUID from = new UUID(in.readLong(), in.readLong());
            Kind kind = Kind.values()[in.readByte()];
            StageMember member = new StageMember(in.readUTF(), in.readLong(), in.readLong(), in.readUTF(), in.readUTF(),
                    in.readUTF(), in.readBoolean(), in.readBoolean());
            return new StageCall(target, from, kind, member, WireText.read(in), WireText.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
