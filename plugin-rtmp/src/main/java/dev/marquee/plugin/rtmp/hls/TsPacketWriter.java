package dev.marquee.plugin.rtmp.hls;

import java.util.Arrays;

/**
 * Cuts PSI sections and PES packets into 188-byte transport stream packets (ISO/IEC 13818-1,
 * 2.4.3.2): sync byte, payload_unit_start on the first packet of each unit, a continuity counter
 * per PID that keeps counting across segments, an adaptation field carrying the PCR and the
 * random access flag where asked, and adaptation field stuffing to fill the last packet of a PES.
 * Not thread safe: one per stream, driven by the publisher's thread.
 */
final class TsPacketWriter {

    static final int PACKET_SIZE = 188;
    static final int SYNC_BYTE = 0x47;
    /** Pass as the PCR to write none. */
    static final long NO_PCR = -1;

    private static final int HEADER_SIZE = 4;
    private static final int PAYLOAD_SIZE = PACKET_SIZE - HEADER_SIZE;

    private final int[] continuityCounters = new int[0x2000];
    private ByteSink out;

    /** Directs the following packets to {@code sink} (the segment being built). */
    void target(ByteSink sink) {
        this.out = sink;
    }

    /** One packet holding a whole section behind a zero pointer_field, padded with 0xFF. */
    void writeSection(int pid, byte[] section) {
        if (section.length + 1 > PAYLOAD_SIZE) {
            throw new IllegalArgumentException("section does not fit one packet");
        }
        int start = out.reserve(PACKET_SIZE);
        byte[] packet = out.array();
        writeHeader(packet, start, pid, true, false);
        packet[start + HEADER_SIZE] = 0; // pointer_field
        System.arraycopy(section, 0, packet, start + HEADER_SIZE + 1, section.length);
        Arrays.fill(packet, start + HEADER_SIZE + 1 + section.length, start + PACKET_SIZE, (byte) 0xff);
    }

    /**
     * Writes one PES packet: {@code header} (at most {@link PesHeader#MAX_SIZE} bytes) followed
     * by the elementary stream bytes.
     *
     * @param pcr the 27 MHz-base clock in 90 kHz ticks for the first packet, or {@link #NO_PCR}
     */
    void writePes(int pid, byte[] header, int headerLength, byte[] payload, int offset, int length,
            long pcr, boolean randomAccess) {
        int position = offset;
        int end = offset + length;
        boolean first = true;
        while (first || position < end) {
            int flagsLength = first && (pcr != NO_PCR || randomAccess) ? 1 + (pcr != NO_PCR ? 6 : 0) : 0;
            int headerBytes = first ? headerLength : 0;
            int room = PAYLOAD_SIZE - (flagsLength > 0 ? 1 + flagsLength : 0) - headerBytes;
            int chunk = Math.min(room, end - position);
            int stuffing = room - chunk;
            int start = out.reserve(PACKET_SIZE);
            byte[] packet = out.array();
            boolean adaptation = flagsLength > 0 || stuffing > 0;
            writeHeader(packet, start, pid, first, adaptation);
            int cursor = start + HEADER_SIZE;
            if (adaptation) {
                cursor = writeAdaptationField(packet, cursor, flagsLength, stuffing,
                        first ? pcr : NO_PCR, first && randomAccess);
            }
            if (headerBytes > 0) {
                System.arraycopy(header, 0, packet, cursor, headerBytes);
                cursor += headerBytes;
            }
            System.arraycopy(payload, position, packet, cursor, chunk);
            position += chunk;
            first = false;
        }
    }

    private void writeHeader(byte[] packet, int start, int pid, boolean unitStart, boolean adaptation) {
        int counter = continuityCounters[pid];
        continuityCounters[pid] = (counter + 1) & 0x0f;
        packet[start] = SYNC_BYTE;
        packet[start + 1] = (byte) ((unitStart ? 0x40 : 0) | (pid >> 8));
        packet[start + 2] = (byte) pid;
        packet[start + 3] = (byte) ((adaptation ? 0x30 : 0x10) | counter);
    }

    /**
     * Writes adaptation_field_length and the field; {@code flagsLength} is 0 when the field only
     * stuffs, else the flags byte plus the PCR. Returns the offset after the field.
     */
    private static int writeAdaptationField(byte[] packet, int cursor, int flagsLength, int stuffing,
            long pcr, boolean randomAccess) {
        if (flagsLength == 0) {
            // stuffing only: the length byte itself is one byte of it
            int fieldLength = stuffing - 1;
            packet[cursor++] = (byte) fieldLength;
            if (fieldLength > 0) {
                packet[cursor++] = 0; // no flags
                Arrays.fill(packet, cursor, cursor + fieldLength - 1, (byte) 0xff);
                cursor += fieldLength - 1;
            }
            return cursor;
        }
        packet[cursor++] = (byte) (flagsLength + stuffing);
        packet[cursor++] = (byte) ((randomAccess ? 0x40 : 0) | (pcr != NO_PCR ? 0x10 : 0));
        if (pcr != NO_PCR) {
            long base = pcr & PesHeader.TIMESTAMP_MASK;
            packet[cursor++] = (byte) (base >> 25);
            packet[cursor++] = (byte) (base >> 17);
            packet[cursor++] = (byte) (base >> 9);
            packet[cursor++] = (byte) (base >> 1);
            packet[cursor++] = (byte) (((base & 1) << 7) | 0x7e); // 6 reserved bits, extension 0
            packet[cursor++] = 0;
        }
        Arrays.fill(packet, cursor, cursor + stuffing, (byte) 0xff);
        return cursor + stuffing;
    }
}
