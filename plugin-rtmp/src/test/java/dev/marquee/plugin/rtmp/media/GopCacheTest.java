package dev.marquee.plugin.rtmp.media;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GopCacheTest {

    @Test
    void keepsPacketsFromTheLatestKeyframe() {
        GopCache gop = new GopCache(1_000_000);
        gop.add(Packets.interframe(0, 100)); // before any keyframe: not decodable
        gop.add(Packets.keyframe(40, 100));
        gop.add(Packets.audio(41, 10));
        gop.add(Packets.interframe(80, 100));
        gop.add(Packets.keyframe(120, 100));
        gop.add(Packets.audio(121, 10));
        assertThat(gop.snapshot()).extracting(MediaPacket::timestamp).containsExactly(120, 121);
    }

    @Test
    void emptiesWhenAGroupOutgrowsItsBoundUntilTheNextKeyframe() {
        GopCache gop = new GopCache(250);
        gop.add(Packets.keyframe(0, 100));
        gop.add(Packets.interframe(40, 100));
        gop.add(Packets.interframe(80, 100));
        assertThat(gop.snapshot()).isEmpty();
        gop.add(Packets.interframe(120, 10));
        assertThat(gop.snapshot()).isEmpty();
        gop.add(Packets.keyframe(160, 100));
        assertThat(gop.snapshot()).hasSize(1);
        assertThat(gop.bytes()).isEqualTo(100);
    }

    @Test
    void audioOnlyKeepsOnlyTheLastFewPackets() {
        GopCache gop = new GopCache(1_000_000);
        for (int i = 0; i < 50; i++) {
            gop.add(Packets.audio(i * 23, 50));
        }
        assertThat(gop.snapshot()).hasSize(8).last().extracting(MediaPacket::timestamp).isEqualTo(49 * 23);
    }
}
