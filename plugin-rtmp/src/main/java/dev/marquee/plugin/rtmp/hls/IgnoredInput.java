package dev.marquee.plugin.rtmp.hls;

import dev.marquee.plugin.rtmp.media.MediaPacket;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Says, once per stream and kind, that HLS is skipping packets: codecs a transport stream here
 * cannot carry, and packets too malformed to mux. Repeats go to FINE so a misbehaving publisher
 * cannot flood the log. Not thread safe.
 */
final class IgnoredInput {

    private final String streamName;
    private final Logger log;
    private boolean videoCodecLogged;
    private boolean audioCodecLogged;
    private boolean malformedLogged;

    IgnoredInput(String streamName, Logger log) {
        this.streamName = streamName;
        this.log = log;
    }

    void codec(MediaPacket packet) {
        boolean video = packet.kind() == MediaPacket.Kind.VIDEO;
        boolean first = video ? !videoCodecLogged : !audioCodecLogged;
        if (video) {
            videoCodecLogged = true;
        } else {
            audioCodecLogged = true;
        }
        log.log(first ? Level.INFO : Level.FINEST, () -> "HLS for stream " + streamName + " plays only H.264"
                + " and AAC; skipping " + (video ? "video" : "audio") + " with header byte 0x"
                + Integer.toHexString(packet.body()[0] & 0xff) + " (HTTP-FLV still plays it)");
    }

    void malformed(MediaPacket packet, IllegalArgumentException problem) {
        Level level = malformedLogged ? Level.FINE : Level.WARNING;
        malformedLogged = true;
        log.log(level, () -> "HLS for stream " + streamName + ": skipping a " + packet.kind()
                + " packet at " + Integer.toUnsignedString(packet.timestamp()) + " ms: " + problem.getMessage());
    }
}
