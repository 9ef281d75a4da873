package dev.marquee.platform.application.stage;

import dev.marquee.platform.application.AfterCommit;
import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.domain.model.event.EventRepository;
import dev.marquee.platform.domain.model.stage.Stage;
import dev.marquee.platform.domain.model.stage.StageRepository;
import dev.marquee.platform.infrastructure.plugins.PluginRegistry;
import dev.marquee.platform.spi.MarqueePlugin;
import dev.marquee.platform.spi.events.StageRemoved;
import dev.marquee.platform.spi.media.MediaProvider;
import dev.marquee.platform.spi.settings.Settings;
import dev.marquee.platform.spi.settings.SettingsValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/** Stages of events, each backed by a media provider that validates its settings and provisions it. */
@ApplicationScoped
public class StageService {

    @Inject
    EventRepository events;

    @Inject
    StageRepository stages;

    @Inject
    PluginRegistry plugins;

    @Inject
    AccessPolicy access;

    @Inject
    AfterCommit afterCommit;

    @Inject
    jakarta.enterprise.event.Event<StageRemoved> removedEvents;

    private final Clock clock = Clock.systemUTC();

    /** The stages of an event the caller may see, in order. */
    public List<Stage> ofEvent(Caller caller, long eventId) {
        Event event = events.find(eventId).filter(e -> access.maySee(caller, e))
                .orElseThrow(() -> Problem.notFound("Event " + eventId));
        return stages.ofEvent(event.id());
    }

    public Stage get(Caller caller, long stageId) {
        Stage stage = stages.find(stageId).orElseThrow(() -> Problem.notFound("Stage " + stageId));
        if (!access.maySee(caller, stage.event())) {
            throw Problem.notFound("Stage " + stageId);
        }
        return stage;
    }

    @Transactional
    public Stage create(Caller caller, long eventId, StageDraft draft) {
        access.requireOrganizerOf(caller, eventId);
        Event event = events.find(eventId).orElseThrow(() -> Problem.notFound("Event " + eventId));
        ensureSlugFree(eventId, draft.slug(), null);
        MediaProvider provider = provider(draft.provider());
        Settings settings = validated(provider, draft, Settings.empty());
        List<Stage> existing = stages.ofEvent(eventId);
        int order = draft.order() != null ? draft.order()
                : existing.stream().mapToInt(Stage::order).max().orElse(-1) + 1;
        Stage stage = stages.add(new Stage(event, draft.slug(), draft.name(), order, provider.id(),
                settings.asMap(), clock.instant()));
        provider.provision(StageRefs.of(stage));
        return stage;
    }

    @Transactional
    public Stage update(Caller caller, long stageId, StageDraft draft) {
        Stage stage = stages.find(stageId).orElseThrow(() -> Problem.notFound("Stage " + stageId));
        access.requireOrganizerOf(caller, stage.event().id());
        ensureSlugFree(stage.event().id(), draft.slug(), stage.id());
        MediaProvider provider = provider(draft.provider());
        boolean sameProvider = provider.id().equals(stage.provider());
        Settings settings = validated(provider, draft, sameProvider ? Settings.of(stage.settings()) : Settings.empty());
        if (!sameProvider) {
            plugins.mediaProvider(stage.provider()).ifPresent(old -> old.deprovision(StageRefs.of(stage)));
        }
        stage.rename(draft.slug(), draft.name());
        if (draft.order() != null) {
            stage.moveTo(draft.order());
        }
        stage.switchProvider(provider.id(), settings.asMap());
        provider.provision(StageRefs.of(stage));
        return stage;
    }

    @Transactional
    public void delete(Caller caller, long stageId) {
        Stage stage = stages.find(stageId).orElseThrow(() -> Problem.notFound("Stage " + stageId));
        access.requireOrganizerOf(caller, stage.event().id());
        remove(stage);
    }

    /** Deprovisions and deletes a stage, announcing it once committed. Callers check permissions. */
    @Transactional
    public void remove(Stage stage) {
        plugins.mediaProvider(stage.provider()).ifPresent(p -> p.deprovision(StageRefs.of(stage)));
        plugins.chat().ifPresent(chat -> chat.stageRemoved(StageRefs.of(stage)));
        StageRemoved removed = new StageRemoved(stage.id(), stage.event().id());
        stages.remove(stage);
        afterCommit.run(() -> removedEvents.fireAsync(removed));
    }

    /** The media provider with this id, installed and configured. */
    public MediaProvider provider(String id) {
        MediaProvider provider = plugins.mediaProvider(id).orElseThrow(() -> Problem.invalid(
                "Unknown media provider '" + id + "'; installed: " + plugins.ofType(MediaProvider.class).stream()
                        .map(MarqueePlugin::id).collect(Collectors.joining(", "))));
        if (!provider.configured()) {
            String hint = provider.configurationHint();
            throw Problem.invalid("The media provider '" + id + "' is not configured"
                    + (hint == null || hint.isBlank() ? "; see the plugins page" : ": " + hint));
        }
        return provider;
    }

    private static Settings validated(MediaProvider provider, StageDraft draft, Settings previous) {
        SettingsValidation validation = provider.stageSettings().validate(draft.settings(), previous);
        if (!validation.valid()) {
            throw Problem.invalidSettings("The stage settings are not valid for " + provider.displayName(),
                    validation.errors());
        }
        return validation.settings();
    }

    private void ensureSlugFree(long eventId, String slug, Long self) {
        stages.findBySlug(eventId, slug).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw Problem.conflictOn("slug", "Another stage of this event already uses the address '" + slug + "'");
        });
    }
}
