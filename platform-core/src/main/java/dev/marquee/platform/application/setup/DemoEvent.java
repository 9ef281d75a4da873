package dev.marquee.platform.application.setup;

import dev.marquee.platform.application.stage.StageRefs;
import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.domain.model.event.EventAccess;
import dev.marquee.platform.domain.model.event.EventRepository;
import dev.marquee.platform.domain.model.schedule.ScheduledSession;
import dev.marquee.platform.domain.model.schedule.ScheduledSessionRepository;
import dev.marquee.platform.domain.model.schedule.TimeSlot;
import dev.marquee.platform.domain.model.setting.PlatformSettingRepository;
import dev.marquee.platform.domain.model.stage.Stage;
import dev.marquee.platform.domain.model.stage.StageRepository;
import dev.marquee.platform.infrastructure.plugins.PluginRegistry;
import dev.marquee.platform.spi.media.MediaProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Seeds "Marquee Demo Conf" on the very first start: a public event with three stages and a schedule
 * around the current time, so a new install has something to look at. Never seeded twice, even if
 * the organizer deletes it.
 */
@ApplicationScoped
public class DemoEvent {

    static final String SEEDED = "demo.seeded";
    public static final String SLUG = "demo";

    @Inject
    EventRepository events;

    @Inject
    StageRepository stages;

    @Inject
    ScheduledSessionRepository sessions;

    @Inject
    PlatformSettingRepository settings;

    @Inject
    PluginRegistry plugins;

    @Inject
    @ConfigProperty(name = "marquee.demo.stream-url")
    String sampleStream;

    private final Clock clock = Clock.systemUTC();

    /** Seeds the demo unless it was seeded before or events already exist; returns whether it did. */
    @Transactional
    public boolean seedOnFirstStart() {
        if (settings.get(SEEDED).isPresent() || events.count() > 0) {
            settings.put(SEEDED, "true");
            return false;
        }
        Instant now = clock.instant();
        Event event = events.add(new Event(SLUG, "Marquee Demo Conf",
                "A sample event: three stages and a day of talks. Edit or delete it in the admin console.",
                ZoneId.of("Europe/Berlin"), EventAccess.PUBLIC, now));
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        stage(event, "main", "Main Stage", 0, hour, List.of(
                "Opening keynote: events without venues", "Streaming at scale on a shoestring", "Closing panel"));
        stage(event, "workshops", "Workshops", 1, hour, List.of(
                "Hands-on: publish from OBS", "Hands-on: your first plugin", "Office hours"));
        stage(event, "lounge", "Lounge", 2, hour, List.of("Hallway track", "Sponsor showcase", "Open mic"));
        settings.put(SEEDED, "true");
        return true;
    }

    private void stage(Event event, String slug, String name, int order, Instant hour, List<String> talks) {
        MediaProvider provider = plugins.mediaProvider("external").orElseThrow();
        Map<String, Object> config = Map.of("url", sampleStream, "format", "hls", "live", Boolean.TRUE);
        Stage stage = stages.add(new Stage(event, slug, name, order, provider.id(), config, clock.instant()));
        provider.provision(StageRefs.of(stage));
        Instant start = hour.minus(Duration.ofHours(1));
        for (String talk : talks) {
            Instant end = start.plus(Duration.ofMinutes(55));
            sessions.add(new ScheduledSession(stage, new TimeSlot(start, end), talk, null, List.of("Demo Speaker")));
            start = start.plus(Duration.ofHours(1));
        }
    }
}
