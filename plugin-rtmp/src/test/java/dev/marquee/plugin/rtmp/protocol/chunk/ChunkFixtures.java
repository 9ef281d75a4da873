package dev.marquee.plugin.rtmp.protocol.chunk;

import static dev.marquee.plugin.rtmp.protocol.TestBytes.bytes;
import static dev.marquee.plugin.rtmp.protocol.TestBytes.filled;

/** Chunk streams written out by hand from the RTMP 1.0 specification, section 5.3, and one captured from ffmpeg. */
public final class ChunkFixtures {

    /**
     * Section 5.3.2.1: four 32-byte audio messages on chunk stream 3, message stream 12345, at
     * 1000, 1020, 1040 and 1060 ms: a type 0, a type 2 (delta 20) and two type 3 chunks.
     */
    public static final byte[] SPEC_EXAMPLE_AUDIO = bytes(
            "03 0003E8 000020 08 39300000", filled(32, 0xA1),
            "83 000014", filled(32, 0xA2),
            "C3", filled(32, 0xA3),
            "C3", filled(32, 0xA4));

    /**
     * Section 5.3.2.2: one 307-byte video message on chunk stream 4, message stream 12346, at
     * 1000 ms, in chunks of 128, 128 and 51 bytes (a type 0 and two type 3 continuations).
     */
    public static final byte[] SPEC_EXAMPLE_VIDEO = bytes(
            "04 0003E8 000133 09 3A300000", filled(128, 0xB1),
            "C4", filled(128, 0xB2),
            "C4", filled(51, 0xB3));

    /** ffmpeg 5.1's connect command, captured after the handshake: 140 bytes in chunks of 128 and 12. */
    public static final byte[] FFMPEG_CONNECT = bytes(
            "0300000000008c1400000000020007636f6e6e656374003ff00000000000000300036170700200046c6976650004"
            + "7479706502000a6e6f6e707269766174650008666c617368566572020024464d4c452f332e302028636f6d7061"
            + "7469626c653b204c61766635392e32372e313030290005746355726c02001b72746d703a2f2f3132372e302e30"
            + "2e313a31c3393335302f6c697665000009");

    private ChunkFixtures() {
    }
}
