package dev.marquee.plugin.rtmp;

import dev.marquee.platform.spi.media.MediaProvider;
import dev.marquee.platform.spi.media.Playback;
import dev.marquee.platform.spi.media.PlaybackSource;
import dev.marquee.platform.spi.media.StageRef;
import dev.marquee.platform.spi.media.Viewer;
import dev.marquee.platform.spi.settings.SettingsSchema;
import dev.marquee.plugin.rtmp.key.StreamKeys;
import dev.marquee.plugin.rtmp.media.LiveStream;
import dev.marquee.plugin.rtmp.media.StreamStats;
import dev.marquee.plugin.rtmp.playback.PlaybackUrls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stage streamed from OBS, ffmpeg or Larix to Marquee's own RTMP server. Each stage gets a stream
 * key when it is created; organizers see it with the ingest address. While the publisher is on air,
 * people allowed to watch get signed HTTP-FLV, HLS and RTMP addresses.
 */
@ApplicationScoped
public class RtmpMediaProvider implements MediaProvider {

    public static final String ID = "rtmp";

    @Inject
    RtmpConfig config;

    @Inject
    StreamKeys keys;

    @Inject
    StreamHub hub;

    @Inject
    PlaybackUrls urls;

    private final Clock clock = Clock.systemUTC();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "RTMP (OBS, ffmpeg)";
    }

    /** Off when the RTMP listener is switched off ({@code marquee.rtmp.enabled=false}): nobody can publish. */
    @Override
    public boolean configured() {
        return config.enabled();
    }

    @Override
    public String configurationHint() {
        return config.enabled() ? "" : "RTMP ingest is switched off: set marquee.rtmp.enabled=true (MARQUEE_RTMP_ENABLED)";
    }

    @Override
    public SettingsSchema stageSettings() {
        return SettingsSchema.none();
    }

    @Override
    public void provision(StageRef stage) {
        keys.issue(stage.id());
    }

    @Override
    public Playback playback(StageRef stage, Viewer viewer) {
        if (!isLive(stage)) {
            return new Playback(false, List.of());
        }
        Instant expires = clock.instant().plus(config.playbackTtl());
        return new Playback(true, List.of(
                PlaybackSource.url("http-flv", urls.flv(stage.id(), expires)),
                PlaybackSource.url("hls", urls.hls(stage.id(), expires)),
                PlaybackSource.url("rtmp", urls.rtmp(stage.id(), expires))));
    }

    @Override
    public boolean isLive(StageRef stage) {
        return hub.streams().isLive(stage.id());
    }

    @Override
    public Map<String, Object> organizerDetails(StageRef stage) {
        Map<String, Object> details = new LinkedHashMap<>();
        keys.keyFor(stage.id()).ifPresent(key -> details.put("ingest", ingest(key)));
        hub.streams().find(stage.id()).ifPresent(stream -> details.put("stats", stats(stream)));
        return details;
    }

    @Override
    public void deprovision(StageRef stage) {
        hub.streams().disconnect(stage.id(), "the stage was deleted");
        hub.forget(stage.id());
        keys.remove(stage.id());
    }

    /** The ingest address and key as OBS asks for them. */
    public Map<String, Object> ingest(String streamKey) {
        Map<String, Object> ingest = new LinkedHashMap<>();
        ingest.put("url", config.ingestUrl());
        ingest.put("streamKey", streamKey);
        return ingest;
    }

    private Map<String, Object> stats(LiveStream stream) {
        Instant now = clock.instant();
        StreamStats s = stream.stats(now);
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("bitrateKbps", s.bitsPerSecond() / 1000);
        stats.put("frameRate", Math.round(s.framesPerSecond() * 10) / 10.0);
        if (s.width() > 0 && s.height() > 0) {
            stats.put("resolution", s.width() + "x" + s.height());
        }
        stats.put("viewers", hub.viewers(stream.stageId()));
        stats.put("liveSince", s.since().toString());
        stats.put("uptimeSeconds", Math.max(0, now.getEpochSecond() - s.since().getEpochSecond()));
        return stats;
    }
}
