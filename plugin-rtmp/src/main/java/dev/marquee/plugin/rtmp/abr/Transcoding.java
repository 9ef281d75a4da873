package dev.marquee.plugin.rtmp.abr;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.spi.settings.SettingError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Stages' transcoding settings: the ladder checked when saved ({@link Ladder#parse}); switching it on
 * is refused, with the reason on the {@code enabled} field, when the configured ffmpeg does not run here
 * or lacks the ladder's encoder ({@link FfmpegTool}). A stored ladder that no longer passes the checks (a
 * lower {@code marquee.rtmp.abr.max-renditions}) reads as none, with a log line.
 */
@ApplicationScoped
public class Transcoding {

    private static final Logger LOG = Logger.getLogger(Transcoding.class.getName());

    @Inject
    TranscodeStore store;

    @Inject
    TranscodeConfig config;

    private final Clock clock = Clock.systemUTC();

    public Optional<TranscodeSetting> of(long stageId) {
        return store.find(stageId).flatMap(r -> {
            try {
                Ladder ladder = Ladder.decode(r.renditions(), r.encoder(), r.preset(), config.maxRenditions());
                return Optional.of(new TranscodeSetting(stageId, ladder, r.enabled()));
            } catch (Ladder.Invalid e) {
                LOG.warning(() -> "Stage " + stageId + "'s stored ladder is no longer valid: " + e.getMessage());
                return Optional.empty();
            }
        });
    }

    /** Checks the ladder, and ffmpeg when it is switched on; saves it. */
    @Transactional
    public TranscodeSetting save(long stageId, List<Ladder.Input> renditions, String encoder, String preset,
            boolean enabled) {
        Ladder ladder;
        try {
            ladder = Ladder.parse(renditions, encoder, preset, config.maxRenditions());
        } catch (Ladder.Invalid e) {
            throw Problem.invalidSettings("The transcoding ladder is not valid", e.errors());
        }
        if (enabled) {
            FfmpegTool.Availability ffmpeg = new FfmpegTool(config.ffmpeg()).check(ladder.encoder());
            if (!ffmpeg.available()) {
                throw Problem.invalidSettings("Transcoding cannot be switched on here",
                        List.of(new SettingError("enabled", ffmpeg.reason())));
            }
        }
        TranscodeRecord record = store.find(stageId).orElseGet(() -> new TranscodeRecord(stageId));
        record.change(ladder, enabled, clock.instant());
        store.save(record);
        return new TranscodeSetting(stageId, ladder, enabled);
    }

    @Transactional
    public void delete(long stageId) {
        store.delete(stageId);
    }
}
