package dev.marquee.plugin.rtmp;

import dev.marquee.platform.spi.media.IngestReport;
import dev.marquee.platform.spi.media.MediaProvider;
import dev.marquee.platform.spi.media.Playback;
import dev.marquee.platform.spi.media.PlaybackSource;
import dev.marquee.platform.spi.media.StageRef;
import dev.marquee.platform.spi.media.Viewer;
import dev.marquee.platform.spi.recording.Recorder;
import dev.marquee.platform.spi.settings.SettingsSchema;
import dev.marquee.plugin.rtmp.abr.Renditions;
import dev.marquee.plugin.rtmp.abr.TranscodeRunner;
import dev.marquee.plugin.rtmp.abr.Transcoding;
import dev.marquee.plugin.rtmp.cluster.ClusterStreams;
import dev.marquee.plugin.rtmp.cluster.Origin;
import dev.marquee.plugin.rtmp.coach.EncoderCoach;
import dev.marquee.plugin.rtmp.key.StreamKeys;
import dev.marquee.plugin.rtmp.restream.RestreamRunner;
import dev.marquee.plugin.rtmp.restream.Restreams;
import dev.marquee.plugin.rtmp.media.LiveStream;
import dev.marquee.plugin.rtmp.media.StreamStats;
import dev.marquee.plugin.rtmp.playback.PlaybackUrls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stage streamed from OBS, ffmpeg or Larix to Marquee's own RTMP server. Each stage gets a stream
 * key when it is created; organizers see it with the ingest address. While the publisher is on air,
 * people allowed to watch get signed LL-HLS, HTTP-FLV, HLS and RTMP addresses, from whichever instance
 * they ask: a stage is live when its publisher is connected to any instance of the cluster. LL-HLS comes
 * first: every browser plays it (natively on Safari, with Media Source Extensions elsewhere) with about
 * two seconds of delay, and a page that takes the first source it can play falls back to HTTP-FLV. While the
 * stage's transcoder runs here (adaptive bitrate, docs/abr.md), the LL-HLS and HLS addresses are multivariant
 * playlists listing the source and its renditions, and the HTTP-FLV source names each rendition's address too.
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

    @Inject
    ClusterStreams cluster;

    @Inject
    EncoderCoach coach;

    @Inject
    Restreams restreams;

    @Inject
    RestreamRunner restreamRunner;

    @Inject
    Transcoding transcoding;

    @Inject
    TranscodeRunner transcodeRunner;

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

    /** Whether the stage's streams are recorded (core's recorder honours it; on unless switched off). */
    @Override
    public SettingsSchema stageSettings() {
        return SettingsSchema.of(Recorder.recordSetting());
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
        List<PlaybackSource> sources = new ArrayList<>(4);
        if (hub.llhlsEnabled()) {
            sources.add(PlaybackSource.url("ll-hls", urls.llhls(stage.id(), viewer.sessionId(), expires)));
        }
        List<Renditions.Output> renditions = hub.renditions().live(stage.id());
        if (renditions.isEmpty()) {
            sources.add(PlaybackSource.url("http-flv", urls.flv(stage.id(), viewer.sessionId(), expires)));
            sources.add(PlaybackSource.url("hls", urls.hls(stage.id(), viewer.sessionId(), expires)));
        } else {
            Map<String, Object> flv = new LinkedHashMap<>();
            flv.put("url", urls.flv(stage.id(), viewer.sessionId(), expires));
            Map<String, String> lower = new LinkedHashMap<>();
            renditions.forEach(r -> lower.put(r.rendition().name(),
                    urls.flv(stage.id(), r.rendition().name(), viewer.sessionId(), expires)));
            flv.put("renditions", lower);
            sources.add(new PlaybackSource("http-flv", flv));
            sources.add(PlaybackSource.url("hls", urls.hlsVariants(stage.id(), viewer.sessionId(), expires)));
        }
        sources.add(PlaybackSource.url("rtmp", urls.rtmp(stage.id(), viewer.sessionId(), expires)));
        return new Playback(true, List.copyOf(sources));
    }

    @Override
    public boolean isLive(StageRef stage) {
        return cluster.liveAnywhere(stage.id());
    }

    @Override
    public Map<String, Object> organizerDetails(StageRef stage) {
        Map<String, Object> details = new LinkedHashMap<>();
        keys.keyFor(stage.id()).ifPresent(key -> details.put("ingest", ingest(key)));
        Optional<LiveStream> here = hub.streams().find(stage.id()).filter(s -> !s.publisher().relayed());
        if (here.isPresent()) {
            details.put("stats", stats(here.get()));
        } else {
            cluster.originElsewhere(stage.id()).ifPresent(origin -> details.put("stats", stats(stage.id(), origin)));
        }
        return details;
    }

    /**
     * The encoder coach's report: this instance's when the publisher is connected here, else the one the
     * publisher's instance shares on the grid (at most a few seconds old), else off air (or live with
     * nothing measured yet, the first seconds of a stream elsewhere).
     */
    @Override
    public Optional<IngestReport> ingest(StageRef stage) {
        Optional<IngestReport> report = coach.report(stage.id());
        if (report.isEmpty()) {
            report = coach.sharedReport(stage.id());
        }
        if (report.isEmpty()) {
            report = Optional.of(isLive(stage) ? new IngestReport(true, null, null, 0, List.of(), List.of())
                    : IngestReport.offAir());
        }
        return report;
    }

    @Override
    public void deprovision(StageRef stage) {
        cluster.disconnectEverywhere(stage.id(), "the stage was deleted");
        hub.forget(stage.id());
        keys.remove(stage.id());
        restreams.deleteOfStage(stage.id());
        restreamRunner.forget(stage.id());
        transcoding.delete(stage.id());
        transcodeRunner.forget(stage.id());
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
        stats.put("viewers", cluster.viewers(stream.stageId()));
        stats.put("liveSince", s.since().toString());
        stats.put("uptimeSeconds", Math.max(0, now.getEpochSecond() - s.since().getEpochSecond()));
        stats.put("origin", cluster.internalUrl());
        return stats;
    }

    /** The numbers of a stream published to another instance, as of its latest refresh (10 s at most). */
    private Map<String, Object> stats(long stageId, Origin origin) {
        Instant now = clock.instant();
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("bitrateKbps", origin.bitrateKbps());
        stats.put("frameRate", origin.frameRate());
        if (!origin.resolution().isEmpty()) {
            stats.put("resolution", origin.resolution());
        }
        stats.put("viewers", cluster.viewers(stageId));
        stats.put("liveSince", origin.since().toString());
        stats.put("uptimeSeconds", Math.max(0, now.getEpochSecond() - origin.since().getEpochSecond()));
        stats.put("origin", origin.url());
        return stats;
    }
}
