package dev.marquee.plugin.rtmp.cmaf;

import dev.marquee.plugin.rtmp.media.MediaPacket;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Says once per stream and kind what the packager could not do as asked (packets it skips, segments cut
 * without a keyframe); repeats go to FINE so that a misbehaving publisher cannot flood the log.
 * Not thread safe.
 */
final class PackagerLog {

    private static final Logger LOG = Logger.getLogger(CmafPackager.class.getName());

    private final String streamName;
    private final CmafSettings settings;
    private boolean longGopLogged;
    private boolean skippedLogged;

    PackagerLog(String streamName, CmafSettings settings) {
        this.streamName = streamName;
        this.settings = settings;
    }

    void longGop() {
        Level level = longGopLogged ? Level.FINE : Level.WARNING;
        longGopLogged = true;
        LOG.log(level, () -> "LL-HLS for stream " + streamName + ": no keyframe within "
                + settings.targetDurationSeconds() + " s; cutting a segment that will not start with one."
                + " Set the encoder's keyframe interval to " + settings.segmentTargetMillis() + " ms.");
    }

    void skipped(MediaPacket packet, String why) {
        Level level = skippedLogged ? Level.FINEST : Level.INFO;
        skippedLogged = true;
        LOG.log(level, () -> "LL-HLS for stream " + streamName + ": skipping a " + packet.kind() + " packet: " + why
                + " (HTTP-FLV still plays it)");
    }
}
