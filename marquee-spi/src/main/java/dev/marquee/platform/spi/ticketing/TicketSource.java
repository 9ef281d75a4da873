package dev.marquee.platform.spi.ticketing;

import dev.marquee.platform.spi.MarqueePlugin;
import dev.marquee.platform.spi.PluginKind;
import dev.marquee.platform.spi.settings.Settings;
import dev.marquee.platform.spi.settings.SettingsSchema;

import java.io.InputStream;
import java.time.Duration;

/**
 * Reads ticket records from an outside system.
 *
 * <p><b>Lifecycle.</b> An organizer adds a source to an event with settings validated against
 * {@link #sourceSettings()}. Core calls {@link #fetch} on a schedule and on "import now", never
 * twice at once for the same event, on a background thread; it may block on I/O but should stream
 * rather than load everything in memory.
 *
 * <p><b>Who checks what.</b> Core rejects records without a ticket id or a usable email and fits long
 * values to their columns ({@link TicketRecord}); it does not split names; it bounds the poll interval
 * ({@link #pollInterval}). Everything about the source's own format (column names, status words,
 * date formats) is the plugin's.
 *
 * @since 0.1.0
 */
public interface TicketSource extends MarqueePlugin {

    @Override
    default PluginKind kind() {
        return PluginKind.TICKETING;
    }

    /** The settings one source of this type takes. */
    SettingsSchema sourceSettings();

    /**
     * Reads the records changed since {@code cursor} (null on the first run) into {@code sink}: each
     * good one to {@link TicketSink#accept}, each bad one to {@link TicketSink#reject} with its line.
     *
     * @return the cursor to pass next time (an ETag, a timestamp), or null to read everything again
     * @throws TicketSourceException when the source as a whole cannot be read
     */
    String fetch(Settings settings, String cursor, TicketSink sink) throws TicketSourceException;

    /**
     * Reads a file an organizer uploaded, in this source's format and with the source's settings (a
     * column mapping, say), into {@code sink}. Sources without a file format keep this refusal.
     */
    default void read(Settings settings, InputStream file, TicketSink sink) throws TicketSourceException {
        throw new TicketSourceException(displayName() + " cannot import uploaded files");
    }

    /**
     * How often core runs {@link #fetch}: the {@code pollInterval} setting if the source declares one, else a
     * minute. Core holds the answer between 15 seconds and 1 day whatever it is (null, or an exception,
     * counts as a minute), so a source need not bound it; refusing an out-of-range setting in
     * {@link SettingsSchema#validate validation} still tells the organizer better than a silent bound.
     */
    default Duration pollInterval(Settings settings) {
        return settings.duration("pollInterval").orElse(Duration.ofMinutes(1));
    }
}
