package dev.marquee.plugin.rtmp.restream;

import dev.marquee.plugin.rtmp.media.MediaPacket;
import dev.marquee.plugin.rtmp.protocol.message.RtmpMessage;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A target's output: starts at a keyframe after the configurations, rebases time to 0, and when its queue is
 * full skips to the next keyframe and counts what it skipped, without ever blocking the caller.
 */
class PushOutputTest {

    private final EmbeddedChannel channel = new EmbeddedChannel();
    private final PushStatus status = new PushStatus(Clock.systemUTC());
    private final List<Long> meterDrops = new ArrayList<>();

    private PushOutput output(long queueBytes) {
        return new PushOutput(channel, 1, queueBytes, status, new PushMeter() {
            @Override
            public void dropped(long packets) {
                meterDrops.add(packets);
            }
        }, () -> { });
    }

    private static MediaPacket video(boolean key, int ts, int size) {
        byte[] body = new byte[size];
        body[0] = (byte) (key ? 0x17 : 0x27);
        body[1] = 1;
        return new MediaPacket(MediaPacket.Kind.VIDEO, ts, body);
    }

    private static MediaPacket avcConfig() {
        return new MediaPacket(MediaPacket.Kind.VIDEO, 0, new byte[] {0x17, 0, 0, 0, 0, 1, 0x64});
    }

    private static MediaPacket audio(int ts) {
        return new MediaPacket(MediaPacket.Kind.AUDIO, ts, new byte[] {(byte) 0xaf, 1, 2, 3});
    }

    private List<RtmpMessage> written() {
        channel.runPendingTasks();
        List<RtmpMessage> out = new ArrayList<>();
        for (Object m; (m = channel.readOutbound()) != null; ) {
            out.add((RtmpMessage) m);
        }
        return out;
    }

    @Test
    void startsAtTheFirstKeyframeAfterTheConfigurationWithTimeFromZero() {
        PushOutput out = output(1_000_000);
        out.accept(avcConfig());
        out.accept(audio(5_000));
        out.accept(video(false, 5_010, 100));
        out.accept(video(true, 5_040, 100));
        out.accept(audio(5_050));
        out.accept(video(false, 5_080, 100));
        List<RtmpMessage> sent = written();
        assertThat(sent).extracting(RtmpMessage::timestamp).containsExactly(0, 0, 10, 40);
        assertThat(sent.get(0).content().getByte(1)).as("the configuration first").isEqualTo((byte) 0);
        assertThat(sent.get(1).content().getByte(0)).as("then the keyframe").isEqualTo((byte) 0x17);
        sent.forEach(RtmpMessage::release);
    }

    @Test
    void aFullQueueSkipsToTheNextKeyframeAndCountsTheSkippedPackets() {
        PushOutput out = output(1_000);
        out.accept(avcConfig());
        out.accept(video(true, 0, 400));
        List<RtmpMessage> first = written();
        assertThat(first).hasSize(2);
        first.forEach(RtmpMessage::release);
        // the target's loop does not run meanwhile: the third frame finds the queue full
        out.accept(video(false, 40, 400));
        out.accept(video(false, 80, 400));
        out.accept(video(false, 120, 400));
        out.accept(video(false, 160, 400));
        out.accept(video(true, 200, 400));
        out.accept(video(false, 240, 100));
        List<RtmpMessage> sent = written();
        assertThat(sent).extracting(RtmpMessage::timestamp).containsExactly(200, 240);
        assertThat(sent.get(0).content().getByte(0)).as("resumes at a keyframe").isEqualTo((byte) 0x17);
        assertThat(status.snapshot().droppedPackets()).isEqualTo(4);
        assertThat(meterDrops).containsExactly(4L);
        sent.forEach(RtmpMessage::release);
    }

    @Test
    void metadataGoesOutAsSetDataFrame() {
        PushOutput out = output(1_000_000);
        MediaPacket meta = new MediaPacket(MediaPacket.Kind.DATA, 0, new byte[] {2, 0, 10, 'o', 'n', 'M', 'e', 't', 'a', 'D', 'a', 't', 'a'});
        RtmpMessage message = out.message(meta);
        byte[] body = new byte[message.length()];
        message.content().getBytes(0, body);
        assertThat(new String(body, 3, 13, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("@setDataFrame");
        assertThat(message.length()).isEqualTo(16 + meta.size());
        message.release();
    }
}
