package dev.marquee.plugin.rtmp.cmaf.box;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.plugin.rtmp.cmaf.Mp4Boxes;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Box bytes laid out by hand from ISO/IEC 14496-12 and 14496-1, compared byte for byte. */
class BoxFixturesTest {

    private static byte[] hex(String... pieces) {
        return HexFormat.of().parseHex(String.join("", pieces).replace(" ", ""));
    }

    @Test
    void aMovieFragmentWithTwoVideoSamplesAndOneAudioSample() {
        TrackRun video = new TrackRun(VideoTrack.TRACK_ID);
        TrackRun audio = new TrackRun(AudioTrack.TRACK_ID);
        video.add(90_000, 3600, 7200, true, new byte[] {1, 2, 3}, 0, 3);
        video.add(93_600, 3600, -3600, false, new byte[] {9, 4, 5}, 1, 2);
        audio.add(44_100, 1024, 0, true, new byte[] {6}, 0, 1);
        BoxBuffer out = new BoxBuffer(64);

        MovieFragment.write(out, 7, video, audio);

        assertThat(out.toByteArray()).isEqualTo(hex(
                "000000c0 6d6f6f66", // moof, 192 bytes
                "00000010 6d666864 00000000 00000007", // mfhd, sequence 7
                "00000060 74726166", // traf (video)
                "00000010 74666864 00020000 00000001", // tfhd: default-base-is-moof, track 1
                "00000014 74666474 01000000 00000000 00015f90", // tfdt v1: 90000
                "00000034 7472756e 01000f01 00000002 000000c8", // trun v1 (negative offset): 2 samples, data at 200
                "00000e10 00000003 02000000 00001c20", // 3600 ticks, 3 bytes, sync, +7200
                "00000e10 00000002 01010000 fffff1f0", // 3600 ticks, 2 bytes, non-sync, -3600
                "00000048 74726166", // traf (audio)
                "00000010 74666864 00020000 00000002",
                "00000014 74666474 01000000 00000000 0000ac44", // tfdt v1: 44100
                "0000001c 7472756e 00000301 00000001 000000cd", // trun: 1 sample, data at 205
                "00000400 00000001", // 1024 ticks, 1 byte
                "0000000e 6d646174 010203 0405 06")); // mdat: the video run, then the audio run
    }

    @Test
    void theAacSampleEntryWrapsTheConfigInAnEsDescriptor() {
        BoxBuffer out = new BoxBuffer(64);

        SampleEntries.audio(out, new AudioTrack(new byte[] {0x12, 0x10}, 44_100, 2));

        assertThat(out.toByteArray()).isEqualTo(hex(
                "0000004b 6d703461 000000000000 0001", // mp4a, data_reference_index 1
                "0000000000000000 0002 0010 0000 0000 ac440000", // 2 channels, 16 bits, 44100 << 16
                "00000027 65736473 00000000", // esds v0
                "03 19 0002 00", // ES_Descriptor: 25 bytes, ES_ID 2
                "04 11 40 15 000000 00000000 00000000", // DecoderConfigDescriptor: 17 bytes, AAC, audio
                "05 02 1210", // DecoderSpecificInfo: the AudioSpecificConfig
                "06 01 02")); // SLConfigDescriptor: predefined 2
    }

    @Test
    void theInitSegmentHasTheBoxesAFragmentedFileNeeds() {
        VideoTrack video = new VideoTrack("avc1", "avcC", new byte[] {1, 0x64, 0, 0x1f, (byte) 0xff}, 640, 360);
        AudioTrack audio = new AudioTrack(new byte[] {0x12, 0x10}, 48_000, 2);

        byte[] init = InitSegment.write(video, audio);

        assertThat(Mp4Boxes.top(init)).extracting(Mp4Boxes.Box::type).containsExactly("ftyp", "moov");
        assertThat(Mp4Boxes.find(init, "moov/trak")).hasSize(2);
        assertThat(Mp4Boxes.find(init, "moov/mvex/trex")).hasSize(2);
        assertThat(Mp4Boxes.find(init, "moov/trak/mdia/minf/stbl/stsd")).hasSize(2);
        assertThat(Mp4Boxes.find(init, "moov/trak/mdia/minf/stbl/stco")).hasSize(2);
        byte[] ftyp = java.util.Arrays.copyOf(init, 20);
        assertThat(ftyp).isEqualTo(hex("00000018 66747970 69736f36 00000000 69736f36"));
    }
}
