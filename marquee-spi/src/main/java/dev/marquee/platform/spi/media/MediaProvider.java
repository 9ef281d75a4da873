package dev.marquee.platform.spi.media;

import dev.marquee.platform.spi.MarqueePlugin;
import dev.marquee.platform.spi.PluginKind;
import dev.marquee.platform.spi.settings.SettingsSchema;

import java.util.Map;
import java.util.Optional;

/**
 * Supplies the stream of a stage.
 *
 * <p><b>Lifecycle.</b> Marquee validates a stage's settings against {@link #stageSettings()}, then
 * calls {@link #provision} after the stage is created and again after its settings change (it must be
 * idempotent), and {@link #deprovision} when the stage is deleted. {@link #playback} and
 * {@link #isLive} are called on request threads, often and concurrently: keep them fast and
 * non-blocking (cache anything remote). Provisioning runs inside the transaction that saves the stage,
 * so a provider that throws rolls the change back.
 *
 * <p>Only callers that Marquee has already allowed to watch the stage reach {@link #playback}.
 *
 * @since 0.1.0
 */
public interface MediaProvider extends MarqueePlugin {

    @Override
    default PluginKind kind() {
        return PluginKind.MEDIA;
    }

    /** The settings a stage of this provider takes. */
    SettingsSchema stageSettings();

    /** Prepares resources for the stage (a stream key, a room). Called on create and on settings change. */
    void provision(StageRef stage);

    /** How the given viewer plays the stage right now: the sources a player needs. */
    Playback playback(StageRef stage, Viewer viewer);

    /** Whether the stage is on air. */
    boolean isLive(StageRef stage);

    /**
     * Details only organizers see on the stage (an RTMP ingest URL and stream key); merged into the
     * stage's representation. Empty by default.
     */
    default Map<String, Object> organizerDetails(StageRef stage) {
        return Map.of();
    }

    /**
     * What the provider measures of the stage's incoming stream (codecs, rates, encoder warnings and the
     * last minutes' health), for organizers; empty when the provider takes no ingest (a hosted video).
     * Called on request threads every few seconds while a console is open: answer from memory or the
     * data grid, never from the stream's own thread.
     */
    default Optional<IngestReport> ingest(StageRef stage) {
        return Optional.empty();
    }

    /** Releases what {@link #provision} made; the stage is being deleted. */
    void deprovision(StageRef stage);
}
