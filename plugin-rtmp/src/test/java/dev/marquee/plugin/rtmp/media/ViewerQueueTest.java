package dev.marquee.plugin.rtmp.media;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ViewerQueueTest {

    private int waiting;
    private int dropped;
    private final ViewerQueue.Listener listener = new ViewerQueue.Listener() {
        @Override
        public void packetsWaiting() {
            waiting++;
        }

        @Override
        public void tooSlow() {
            dropped++;
        }
    };

    @Test
    void signalsOnlyWhenTheQueueStopsBeingEmpty() {
        ViewerQueue q = new ViewerQueue(10_000, 3, 60_000, listener);
        q.offer(Packets.keyframe(0, 100));
        q.offer(Packets.audio(1, 10));
        assertThat(waiting).isEqualTo(1);
        List<MediaPacket> out = new ArrayList<>();
        assertThat(q.drainTo(out, 1_000)).isEqualTo(110);
        q.offer(Packets.audio(2, 10));
        assertThat(waiting).isEqualTo(2);
    }

    @Test
    void aViewerBehindSkipsToTheNextKeyframe() {
        ViewerQueue q = new ViewerQueue(300, 3, 60_000, listener);
        q.offer(Packets.keyframe(0, 100));
        q.offer(Packets.interframe(40, 100));
        q.offer(Packets.interframe(80, 100));
        q.offer(Packets.interframe(120, 100)); // over the bound: queue emptied, waits for a keyframe
        q.offer(Packets.audio(121, 10));
        q.offer(Packets.interframe(160, 100));
        assertThat(q.isEmpty()).isTrue();
        q.offer(Packets.keyframe(200, 100));
        q.offer(Packets.audio(201, 10));
        List<MediaPacket> out = new ArrayList<>();
        q.drainTo(out, 10_000);
        assertThat(out).extracting(MediaPacket::timestamp).containsExactly(200, 201);
        assertThat(q.skipped()).isEqualTo(6);
        assertThat(dropped).isZero();
    }

    @Test
    void aViewerThatStaysBehindIsDroppedAndMemoryStaysBounded() {
        ViewerQueue q = new ViewerQueue(300, 3, 60_000, listener);
        for (int gop = 0; gop < 10; gop++) {
            q.offer(Packets.keyframe(gop * 1000, 100));
            for (int i = 1; i < 5; i++) {
                q.offer(Packets.interframe(gop * 1000 + i * 40, 100));
            }
            assertThat(q.queuedBytes()).isLessThanOrEqualTo(300);
        }
        assertThat(dropped).isEqualTo(1);
        assertThat(q.queuedBytes()).isZero();
    }

    @Test
    void drainsInBatchesOfBoundedSize() {
        ViewerQueue q = new ViewerQueue(100_000, 3, 60_000, listener);
        for (int i = 0; i < 10; i++) {
            q.offer(Packets.audio(i, 100));
        }
        List<MediaPacket> out = new ArrayList<>();
        assertThat(q.drainTo(out, 350)).isEqualTo(300);
        assertThat(out).hasSize(3);
    }
}
