package dev.marquee.plugin.rtmp.media;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MediaPacketTest {

    @Test
    void recognisesKeyframesAndSequenceHeaders() {
        assertThat(Packets.keyframe(0, 10).isKeyframe()).isTrue();
        assertThat(Packets.interframe(0, 10).isKeyframe()).isFalse();
        assertThat(Packets.avcConfig(0).isSequenceHeader()).isTrue();
        assertThat(Packets.avcConfig(0).isKeyframe()).isFalse();
        assertThat(Packets.aacConfig(0).isSequenceHeader()).isTrue();
        assertThat(Packets.audio(0, 10).isSequenceHeader()).isFalse();
        assertThat(Packets.keyframe(0, 10).isAvc()).isTrue();
        assertThat(Packets.audio(0, 10).isAac()).isTrue();
    }

    @Test
    void recognisesEnhancedRtmpHevc() {
        // E-RTMP: IsExHeader | FrameType key (1) | PacketType SequenceStart (0), FourCC "hvc1"
        MediaPacket start = new MediaPacket(MediaPacket.Kind.VIDEO, 0, new byte[] {(byte) 0x90, 'h', 'v', 'c', '1', 1});
        // PacketType CodedFramesX (3)
        MediaPacket frame = new MediaPacket(MediaPacket.Kind.VIDEO, 40, new byte[] {(byte) 0x93, 'h', 'v', 'c', '1', 9});
        assertThat(start.isEnhancedVideo()).isTrue();
        assertThat(start.isSequenceHeader()).isTrue();
        assertThat(frame.isKeyframe()).isTrue();
        assertThat(frame.isAvc()).isFalse();
    }

    @Test
    void encodesAnFlvTagWithExtendedTimestampAndTrailingSize() {
        MediaPacket p = new MediaPacket(MediaPacket.Kind.AUDIO, 0x01020304, new byte[] {(byte) 0xaf, 1, 7});
        byte[] tag = p.flvTag();
        assertThat(tag).containsExactly(8, 0, 0, 3, 2, 3, 4, 1, 0, 0, 0, (byte) 0xaf, 1, 7, 0, 0, 0, 14);
        assertThat(p.flvTag()).isSameAs(tag);
        assertThat(FlvFormat.header()).startsWith('F', 'L', 'V', 1, 5).hasSize(13);
    }
}
