package dev.marquee.plugin.rtmp.media;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiveStreamTest {

    private static final class Recorder implements StreamSubscriber {
        final List<MediaPacket> packets = new ArrayList<>();
        boolean ended;

        @Override
        public void accept(MediaPacket packet) {
            packets.add(packet);
        }

        @Override
        public void end() {
            ended = true;
        }
    }

    private static final class NullPublisher implements Publisher {
        String cutOff;

        @Override
        public String remote() {
            return "test";
        }

        @Override
        public void disconnect(String reason) {
            cutOff = reason;
        }
    }

    @Test
    void aNewSubscriberStartsWithMetadataConfigsAndTheLatestGroup() {
        LiveStream s = new LiveStream(1, new NullPublisher(), Clock.systemUTC().instant(), 1_000_000);
        MediaPacket meta = new MediaPacket(MediaPacket.Kind.DATA, 0, new byte[] {2, 0, 1, 'x'});
        s.metadata(meta, Map.of("width", 640.0, "height", 360.0));
        s.publish(Packets.avcConfig(0));
        s.publish(Packets.aacConfig(0));
        s.publish(Packets.keyframe(0, 100));
        s.publish(Packets.interframe(40, 100));
        s.publish(Packets.keyframe(80, 100));
        s.publish(Packets.audio(81, 10));

        Recorder late = new Recorder();
        assertThat(s.subscribe(late)).isTrue();
        s.publish(Packets.interframe(120, 100));

        assertThat(late.packets).extracting(MediaPacket::timestamp).containsExactly(0, 0, 0, 80, 81, 120);
        assertThat(late.packets.get(0)).isSameAs(meta);
        assertThat(s.stats(Clock.systemUTC().instant()).width()).isEqualTo(640);
    }

    @Test
    void endingTellsEverySubscriberAndRefusesNewOnes() {
        LiveStream s = new LiveStream(1, new NullPublisher(), Clock.systemUTC().instant(), 1_000_000);
        Recorder r = new Recorder();
        s.subscribe(r);
        s.end();
        assertThat(r.ended).isTrue();
        assertThat(s.subscribe(new Recorder())).isFalse();
    }

    @Test
    void aStageHasOnePublisherAtATime() throws Exception {
        List<String> events = new ArrayList<>();
        LiveStreams streams = new LiveStreams(Clock.systemUTC(), 1_000_000,
                st -> events.add("start " + st.stageId()), st -> events.add("stop " + st.stageId()));
        NullPublisher first = new NullPublisher();
        LiveStream stream = streams.start(7, first);
        assertThatThrownBy(() -> streams.start(7, new NullPublisher())).isInstanceOf(LiveStreams.AlreadyLive.class);
        streams.disconnect(7, "rotated");
        assertThat(first.cutOff).isEqualTo("rotated");
        assertThat(stream.ended()).isTrue();
        assertThat(streams.isLive(7)).isFalse();
        streams.start(7, new NullPublisher());
        assertThat(events).containsExactly("start 7", "stop 7", "start 7");
    }
}
