package dev.marquee.plugin.twilio;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.spi.media.MediaProvider;
import dev.marquee.platform.spi.media.Playback;
import dev.marquee.platform.spi.media.PlaybackSource;
import dev.marquee.platform.spi.media.StageRef;
import dev.marquee.platform.spi.media.Viewer;
import dev.marquee.platform.spi.settings.SettingsSchema;
import dev.marquee.plugin.twilio.stage.LiveStage;
import dev.marquee.plugin.twilio.stage.RoomNames;
import dev.marquee.plugin.twilio.ws.LiveStages;
import dev.marquee.plugin.twilio.ws.TwilioStages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stages on Twilio Video: the page learns the room and mode from playback, then gets its role and
 * access token over the stage socket (never from REST). The room is created when the first host
 * starts an interactive stage, or the first person arrives at a party.
 */
@ApplicationScoped
public class TwilioVideoProvider implements MediaProvider {

    public static final String ID = "twilio-video";

    @Inject
    TwilioConfig config;

    @Inject
    LiveStages stages;

    @Inject
    TwilioStages directory;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Twilio Video (interactive stages, parties)";
    }

    /** Only with all four credentials ({@code TWILIO_ACCOUNT_SID}, ...). */
    @Override
    public boolean configured() {
        return config.configured();
    }

    @Override
    public String configurationHint() {
        return config.configured() ? "" : config.notConfiguredReason();
    }

    @Override
    public SettingsSchema stageSettings() {
        return StageOptions.schema(() -> config.configured() ? Optional.empty() : Optional.of(config.notConfiguredReason()));
    }

    @Override
    public void provision(StageRef stage) {
        if (!config.configured()) {
            throw Problem.invalid(config.notConfiguredReason());
        }
        directory.remember(stage);
        stages.reconfigure(stage);
    }

    @Override
    public Playback playback(StageRef stage, Viewer viewer) {
        if (!config.configured()) {
            return new Playback(false, List.of());
        }
        directory.remember(stage);
        StageOptions options = StageOptions.of(stage.settings());
        boolean live = isLive(stage);
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("room", RoomNames.of(stage.id()));
        source.put("mode", options.mode().wire());
        source.put("live", live);
        source.put("maxParticipants", options.maxParticipants());
        options.overflowUrl(stage.eventSlug()).ifPresent(url -> source.put("overflowUrl", url));
        return new Playback(live, List.of(new PlaybackSource(ID, source)));
    }

    @Override
    public boolean isLive(StageRef stage) {
        return stages.find(stage.id()).map(LiveStage::live).orElse(false);
    }

    @Override
    public Map<String, Object> organizerDetails(StageRef stage) {
        Map<String, Object> twilio = new LinkedHashMap<>();
        twilio.put("configured", config.configured());
        if (!config.configured()) {
            twilio.put("reason", config.notConfiguredReason());
        }
        twilio.put("room", RoomNames.of(stage.id()));
        twilio.put("statusCallback", config.statusCallbackUrl());
        stages.find(stage.id()).ifPresent(live -> twilio.putAll(live.details()));
        return Map.of("twilio", twilio);
    }

    @Override
    public void deprovision(StageRef stage) {
        directory.forget(stage.id());
        stages.remove(stage.id());
    }
}
