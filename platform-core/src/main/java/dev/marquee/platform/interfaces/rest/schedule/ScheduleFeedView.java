package dev.marquee.platform.interfaces.rest.schedule;

import dev.marquee.platform.domain.model.schedule.ScheduleFeed;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * The URL an event keeps its schedule in sync with: how often it is fetched, its mapping, and the last
 * run (when, its counts in words, or why it failed).
 */
public record ScheduleFeedView(String url, int syncMinutes, Map<String, Long> mapping, OffsetDateTime nextRunAt,
                               OffsetDateTime lastRunAt, String lastResult, String lastError) {

    static ScheduleFeedView of(ScheduleFeed feed, ZoneId zone) {
        return new ScheduleFeedView(feed.url(), feed.intervalMinutes(), feed.mapping(), at(feed.nextRunAt(), zone),
                at(feed.lastRunAt(), zone), feed.lastResult(), feed.lastError());
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
