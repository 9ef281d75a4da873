package dev.marquee.plugin.rtmp.hls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TsPacketWriterTest {

    private final ByteSink sink = new ByteSink(1024);
    private final TsPacketWriter writer = new TsPacketWriter();

    TsPacketWriterTest() {
        writer.target(sink);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 100, 164, 165, 166, 170, 183, 184, 185, 1000, 70_000})
    void pesOfAnyLengthFillsWholePacketsAndReassembles(int length) {
        byte[] header = new byte[PesHeader.MAX_SIZE];
        int headerLength = PesHeader.write(header, PesHeader.VIDEO_STREAM_ID, length, 9000, 9000);
        byte[] payload = pattern(length);

        writer.writePes(0x100, header, headerLength, payload, 0, length, 0, true);

        TsPackets ts = TsPackets.parse(sink.toByteArray());
        assertThat(ts.packets()).allSatisfy(p -> assertThat(p.pid()).isEqualTo(0x100));
        assertThat(ts.packets().get(0).unitStart()).isTrue();
        assertThat(ts.packets().subList(1, ts.packets().size())).noneMatch(TsPackets.Packet::unitStart);
        byte[] unit = ts.units(0x100).get(0);
        assertThat(Arrays.copyOfRange(unit, 0, headerLength)).isEqualTo(Arrays.copyOf(header, headerLength));
        assertThat(Arrays.copyOfRange(unit, headerLength, unit.length)).isEqualTo(payload);
    }

    @Test
    void continuityCountersRunPerPidAndWrapAfterFifteen() {
        byte[] header = new byte[PesHeader.MAX_SIZE];
        int headerLength = PesHeader.write(header, PesHeader.AUDIO_STREAM_ID, 10, 0, 0);
        for (int i = 0; i < 20; i++) {
            writer.writePes(0x101, header, headerLength, new byte[10], 0, 10, TsPacketWriter.NO_PCR, false);
            writer.writeSection(0x1000, ProgramTables.pmtSection(true, true));
        }

        TsPackets ts = TsPackets.parse(sink.toByteArray());
        for (int pid : new int[] {0x101, 0x1000}) {
            List<TsPackets.Packet> packets = ts.onPid(pid);
            assertThat(packets).hasSize(20);
            for (int i = 0; i < packets.size(); i++) {
                assertThat(packets.get(i).continuityCounter()).isEqualTo(i % 16);
            }
        }
    }

    @Test
    void firstPacketCarriesPcrAndRandomAccessOnly() {
        byte[] header = new byte[PesHeader.MAX_SIZE];
        int headerLength = PesHeader.write(header, PesHeader.VIDEO_STREAM_ID, 400, 0, 0);
        long pcr = (1L << 33) - 2;

        writer.writePes(0x100, header, headerLength, new byte[400], 0, 400, pcr, true);

        List<TsPackets.Packet> packets = TsPackets.parse(sink.toByteArray()).packets();
        assertThat(packets.get(0).hasPcr()).isTrue();
        assertThat(packets.get(0).pcrBase()).isEqualTo(pcr);
        assertThat(packets.get(0).randomAccess()).isTrue();
        assertThat(packets.subList(1, packets.size())).noneMatch(p -> p.hasPcr() || p.randomAccess());
    }

    @Test
    void patMatchesTheWellKnownSingleProgramTable() {
        writer.writeSection(ProgramTables.PAT_PID, ProgramTables.patSection());

        byte[] packet = sink.toByteArray();
        assertThat(Arrays.copyOf(packet, 21)).containsExactly(0x47, 0x40, 0x00, 0x10, 0x00,
                0x00, 0xb0, 0x0d, 0x00, 0x01, 0xc1, 0x00, 0x00, 0x00, 0x01, 0xf0, 0x00,
                0x2a, 0xb1, 0x04, 0xb2);
        assertThat(Arrays.copyOfRange(packet, 21, 188)).containsOnly(0xff);
    }

    @Test
    void pmtListsStreamsAndPutsThePcrOnVideoOrElseAudio() {
        byte[] both = ProgramTables.pmtSection(true, true);
        byte[] audioOnly = ProgramTables.pmtSection(false, true);

        assertThat(both[8] & 0x1f).isEqualTo(0x01);
        assertThat(both[9] & 0xff).isEqualTo(0x00); // PCR PID 0x100
        assertThat(both[12] & 0xff).isEqualTo(ProgramTables.STREAM_TYPE_H264);
        assertThat(both[17] & 0xff).isEqualTo(ProgramTables.STREAM_TYPE_ADTS_AAC);
        assertThat(audioOnly[9] & 0xff).isEqualTo(0x01); // PCR PID 0x101
        assertThat(audioOnly).hasSize(both.length - 5);
        assertThat(Crc32Mpeg.compute(both, 0, both.length)).isZero();
    }

    private static byte[] pattern(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }
}
