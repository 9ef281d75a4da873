package dev.marquee.platform.application.ticketing;

import dev.marquee.platform.spi.settings.Settings;
import dev.marquee.platform.spi.ticketing.TicketSource;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How often core runs a source's {@code fetch}: what the plugin answers ({@link TicketSource#pollInterval}),
 * held between {@link #MIN} and {@link #MAX} whatever the plugin or its settings say, so that no source can
 * hammer the system it reads (or be polled every scheduler tick) nor fall asleep for weeks. A plugin that
 * fails to answer, or answers null, gets {@link #DEFAULT}.
 */
final class PollIntervals {

    static final Duration MIN = Duration.ofSeconds(15);
    static final Duration MAX = Duration.ofDays(1);
    static final Duration DEFAULT = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(PollIntervals.class.getName());

    private PollIntervals() {
    }

    static Duration of(TicketSource plugin, Settings settings) {
        Duration asked;
        try {
            asked = plugin.pollInterval(settings);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Ticket source plugin " + plugin.id() + " gave no poll interval; using "
                    + DEFAULT, e);
            asked = null;
        }
        return bounded(asked);
    }

    static Duration bounded(Duration asked) {
        if (asked == null) {
            return DEFAULT;
        }
        if (asked.compareTo(MIN) < 0) {
            return MIN;
        }
        return asked.compareTo(MAX) > 0 ? MAX : asked;
    }
}
