package dev.marquee.plugin.rtmp.hls;

import java.io.ByteArrayOutputStream;

/**
 * The two PSI sections (ISO/IEC 13818-1, 2.4.4) that open every segment so that a player can
 * start with any of them: the program association table naming one program, and that program's
 * map listing the H.264 and/or ADTS AAC elementary streams and which PID carries the PCR.
 */
final class ProgramTables {

    static final int PAT_PID = 0x0000;
    static final int PMT_PID = 0x1000;
    static final int VIDEO_PID = 0x0100;
    static final int AUDIO_PID = 0x0101;
    static final int STREAM_TYPE_H264 = 0x1b;
    static final int STREAM_TYPE_ADTS_AAC = 0x0f;

    private static final int PROGRAM_NUMBER = 1;
    private static final int TRANSPORT_STREAM_ID = 1;

    private ProgramTables() {
    }

    /** The program association table section (table id 0) pointing program 1 at the PMT PID. */
    static byte[] patSection() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writeShort(body, PROGRAM_NUMBER);
        writeShort(body, 0xe000 | PMT_PID);
        return section(0x00, TRANSPORT_STREAM_ID, body.toByteArray());
    }

    /**
     * The program map section (table id 2). The PCR travels with the video when there is video,
     * otherwise with the audio.
     */
    static byte[] pmtSection(boolean video, boolean audio) {
        if (!video && !audio) {
            throw new IllegalArgumentException("a program needs at least one stream");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writeShort(body, 0xe000 | pcrPid(video));
        writeShort(body, 0xf000); // program_info_length 0
        if (video) {
            writeStream(body, STREAM_TYPE_H264, VIDEO_PID);
        }
        if (audio) {
            writeStream(body, STREAM_TYPE_ADTS_AAC, AUDIO_PID);
        }
        return section(0x02, PROGRAM_NUMBER, body.toByteArray());
    }

    static int pcrPid(boolean video) {
        return video ? VIDEO_PID : AUDIO_PID;
    }

    private static void writeStream(ByteArrayOutputStream body, int streamType, int pid) {
        body.write(streamType);
        writeShort(body, 0xe000 | pid);
        writeShort(body, 0xf000); // ES_info_length 0
    }

    /** Long-form section: header, version 0 and current, section 0 of 0, body, CRC. */
    private static byte[] section(int tableId, int idExtension, byte[] body) {
        int sectionLength = 5 + body.length + 4;
        byte[] section = new byte[3 + sectionLength];
        section[0] = (byte) tableId;
        section[1] = (byte) (0xb0 | (sectionLength >> 8)); // syntax indicator, '0', reserved
        section[2] = (byte) sectionLength;
        section[3] = (byte) (idExtension >> 8);
        section[4] = (byte) idExtension;
        section[5] = (byte) 0xc1; // reserved, version 0, current_next_indicator
        section[6] = 0; // section_number
        section[7] = 0; // last_section_number
        System.arraycopy(body, 0, section, 8, body.length);
        int crc = Crc32Mpeg.compute(section, 0, section.length - 4);
        for (int i = 0; i < 4; i++) {
            section[section.length - 4 + i] = (byte) (crc >>> (24 - 8 * i));
        }
        return section;
    }

    private static void writeShort(ByteArrayOutputStream out, int value) {
        out.write(value >> 8);
        out.write(value);
    }
}
