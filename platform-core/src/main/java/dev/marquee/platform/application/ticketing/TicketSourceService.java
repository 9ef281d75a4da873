package dev.marquee.platform.application.ticketing;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.domain.model.event.EventRepository;
import dev.marquee.platform.domain.model.ticketing.EventTicketSource;
import dev.marquee.platform.domain.model.ticketing.TicketSourceRepository;
import dev.marquee.platform.infrastructure.plugins.PluginRegistry;
import dev.marquee.platform.spi.MarqueePlugin;
import dev.marquee.platform.spi.settings.SettingError;
import dev.marquee.platform.spi.settings.Settings;
import dev.marquee.platform.spi.settings.SettingsValidation;
import dev.marquee.platform.spi.ticketing.TicketSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The ticket sources of events, their settings validated by the ticketing plugin (organizers only). */
@ApplicationScoped
public class TicketSourceService {

    @Inject
    TicketSourceRepository sources;

    @Inject
    EventRepository events;

    @Inject
    PluginRegistry plugins;

    @Inject
    AccessPolicy access;

    private final Clock clock = Clock.systemUTC();

    public List<EventTicketSource> ofEvent(Caller caller, long eventId) {
        access.requireOrganizerOf(caller, eventId);
        events.find(eventId).orElseThrow(() -> Problem.notFound("Event " + eventId));
        return sources.ofEvent(eventId);
    }

    public EventTicketSource get(Caller caller, long id) {
        return owned(caller, id);
    }

    @Transactional
    public EventTicketSource create(Caller caller, long eventId, String type, Map<String, Object> settings) {
        access.requireOrganizerOf(caller, eventId);
        Event event = events.find(eventId).orElseThrow(() -> Problem.notFound("Event " + eventId));
        TicketSource plugin = plugin(type);
        return sources.add(new EventTicketSource(event, plugin.id(),
                validated(plugin, settings, Settings.empty()).asMap(), clock.instant()));
    }

    /**
     * New settings for a source. {@code type} may be null; otherwise it must be the source's own type
     * (400): a source keeps its plugin, since its tickets are keyed by it.
     */
    @Transactional
    public EventTicketSource update(Caller caller, long id, String type, Map<String, Object> settings) {
        EventTicketSource source = owned(caller, id);
        if (type != null && !type.equals(source.type())) {
            throw new Problem(Problem.Kind.INVALID, "invalid_request", "A ticket source's type cannot change (it is '"
                    + source.type() + "'); add a new source of the other type instead",
                    List.of(new SettingError("type", "must be '" + source.type() + "' or left out")), null);
        }
        source.configure(validated(plugin(source.type()), settings, Settings.of(source.settings())).asMap());
        return source;
    }

    @Transactional
    public void delete(Caller caller, long id) {
        sources.remove(owned(caller, id));
    }

    /** The ticket source, if the caller runs its event (401/403), else 404. */
    private EventTicketSource owned(Caller caller, long id) {
        EventTicketSource source = sources.find(id).orElseThrow(() -> Problem.notFound("Ticket source " + id));
        access.requireOrganizerOf(caller, source.event().id());
        return source;
    }

    /** The installed ticketing plugin with this id. */
    public TicketSource plugin(String type) {
        return plugins.ticketSource(type).orElseThrow(() -> Problem.invalid("Unknown ticket source type '" + type
                + "'; installed: " + plugins.ofType(TicketSource.class).stream().map(MarqueePlugin::id)
                .collect(Collectors.joining(", "))));
    }

    private static Settings validated(TicketSource plugin, Map<String, Object> input, Settings previous) {
        SettingsValidation validation = plugin.sourceSettings().validate(input, previous);
        if (!validation.valid()) {
            throw Problem.invalidSettings("The settings are not valid for " + plugin.displayName(), validation.errors());
        }
        return validation.settings();
    }
}
