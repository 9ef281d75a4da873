package dev.marquee.platform.interfaces.rest.stage;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.application.playback.PlaybackService;
import dev.marquee.platform.application.stage.StageRefs;
import dev.marquee.platform.domain.model.stage.Stage;
import dev.marquee.platform.infrastructure.plugins.PluginRegistry;
import dev.marquee.platform.spi.media.MediaProvider;
import dev.marquee.platform.spi.settings.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A stage as JSON: {@code id, eventId, slug, name, order, provider, live}; the event's organizers also get the
 * provider's {@code settings} (secrets masked) and the provider's own details (an RTMP {@code ingest}).
 */
@ApplicationScoped
public class StageRepresentation {

    @Inject
    PluginRegistry plugins;

    @Inject
    PlaybackService playback;

    @Inject
    AccessPolicy access;

    public Map<String, Object> of(Stage stage, Caller caller) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", stage.id());
        json.put("eventId", stage.event().id());
        json.put("slug", stage.slug());
        json.put("name", stage.name());
        json.put("order", stage.order());
        json.put("provider", stage.provider());
        json.put("live", playback.live(stage));
        Optional<MediaProvider> provider = plugins.mediaProvider(stage.provider());
        if (access.mayOrganize(caller, stage.event().id())) {
            json.put("settings", provider.map(p -> p.stageSettings().masked(Settings.of(stage.settings())))
                    .orElse(Map.of()));
            provider.ifPresent(p -> p.organizerDetails(StageRefs.of(stage)).forEach(json::putIfAbsent));
        }
        plugins.chat().ifPresent(chat -> json.put("chat", chat.describe(StageRefs.of(stage))));
        return json;
    }
}
