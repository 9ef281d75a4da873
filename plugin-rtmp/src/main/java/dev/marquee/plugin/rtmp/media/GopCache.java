package dev.marquee.plugin.rtmp.media;

import java.util.ArrayList;
import java.util.List;

/**
 * The packets since the latest video keyframe, so that a new viewer starts playing at once instead
 * of waiting for the next keyframe. Bounded in bytes: a publisher that sends no keyframe for too
 * long empties it (new viewers then wait for the next keyframe rather than memory growing).
 * Audio-only streams keep only the last few packets. Not thread-safe: the owning stream guards it.
 */
final class GopCache {

    private static final int AUDIO_ONLY_PACKETS = 8;

    private final long maxBytes;
    private final List<MediaPacket> packets = new ArrayList<>();
    private long bytes;
    private boolean sawVideo;
    private boolean overflowed;

    GopCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    void add(MediaPacket packet) {
        if (packet.kind() == MediaPacket.Kind.VIDEO) {
            sawVideo = true;
        }
        if (packet.isKeyframe()) {
            clear();
            overflowed = false;
        } else if (overflowed) {
            return;
        } else if (sawVideo && packets.isEmpty()) {
            return; // nothing decodable before the first keyframe
        }
        if (bytes + packet.size() > maxBytes) {
            clear();
            overflowed = true;
            return;
        }
        packets.add(packet);
        bytes += packet.size();
        if (!sawVideo && packets.size() > AUDIO_ONLY_PACKETS) {
            bytes -= packets.remove(0).size();
        }
    }

    List<MediaPacket> snapshot() {
        return List.copyOf(packets);
    }

    long bytes() {
        return bytes;
    }

    private void clear() {
        packets.clear();
        bytes = 0;
    }
}
