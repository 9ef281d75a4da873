package dev.marquee.plugin.rtmp.hls;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** Test-side view of transport stream bytes: packets split back into their fields. */
record TsPackets(List<Packet> packets) {

    record Packet(int pid, boolean unitStart, int continuityCounter, int adaptationLength,
            boolean hasPcr, long pcrBase, boolean randomAccess, byte[] payload) {
    }

    static TsPackets parse(byte[] stream) {
        if (stream.length % TsPacketWriter.PACKET_SIZE != 0) {
            throw new AssertionError("stream of " + stream.length + " bytes is not whole packets");
        }
        List<Packet> packets = new ArrayList<>();
        for (int start = 0; start < stream.length; start += TsPacketWriter.PACKET_SIZE) {
            packets.add(parsePacket(stream, start));
        }
        return new TsPackets(packets);
    }

    private static Packet parsePacket(byte[] s, int start) {
        if (s[start] != TsPacketWriter.SYNC_BYTE) {
            throw new AssertionError("no sync byte at " + start);
        }
        int pid = ((s[start + 1] & 0x1f) << 8) | (s[start + 2] & 0xff);
        boolean unitStart = (s[start + 1] & 0x40) != 0;
        int control = (s[start + 3] >> 4) & 0x3;
        int counter = s[start + 3] & 0x0f;
        int cursor = start + 4;
        int adaptationLength = -1;
        boolean hasPcr = false;
        boolean randomAccess = false;
        long pcrBase = -1;
        if ((control & 0x2) != 0) {
            adaptationLength = s[cursor] & 0xff;
            if (adaptationLength > 0) {
                int flags = s[cursor + 1] & 0xff;
                randomAccess = (flags & 0x40) != 0;
                hasPcr = (flags & 0x10) != 0;
                if (hasPcr) {
                    pcrBase = 0;
                    for (int i = 0; i < 4; i++) {
                        pcrBase = (pcrBase << 8) | (s[cursor + 2 + i] & 0xff);
                    }
                    pcrBase = (pcrBase << 1) | ((s[cursor + 6] & 0x80) >> 7);
                }
            }
            cursor += 1 + adaptationLength;
        }
        byte[] payload = (control & 0x1) != 0
                ? java.util.Arrays.copyOfRange(s, cursor, start + TsPacketWriter.PACKET_SIZE) : new byte[0];
        return new Packet(pid, unitStart, counter, adaptationLength, hasPcr, pcrBase, randomAccess, payload);
    }

    List<Packet> onPid(int pid) {
        return packets.stream().filter(p -> p.pid() == pid).toList();
    }

    /** Payloads of one PID glued back together, each unit starting at a payload_unit_start. */
    List<byte[]> units(int pid) {
        List<byte[]> units = new ArrayList<>();
        ByteArrayOutputStream unit = null;
        for (Packet packet : onPid(pid)) {
            if (packet.unitStart()) {
                if (unit != null) {
                    units.add(unit.toByteArray());
                }
                unit = new ByteArrayOutputStream();
            }
            if (unit != null) {
                unit.writeBytes(packet.payload());
            }
        }
        if (unit != null) {
            units.add(unit.toByteArray());
        }
        return units;
    }
}
