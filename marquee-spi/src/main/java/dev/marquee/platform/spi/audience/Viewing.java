package dev.marquee.platform.spi.audience;

/**
 * One open playback. {@link #bytes} is cheap (an adder, no lock): call it for every write.
 * {@link #close} ends it; closing twice is harmless.
 *
 * @since 0.1.0
 */
public interface Viewing extends AutoCloseable {

    /** The stream's id, as {@code GET /api/v1/me/streams} shows it. */
    String id();

    /** Adds bytes sent to the viewer. */
    void bytes(long count);

    /** Ends the viewing: it stops counting against the person's limit at once. */
    @Override
    void close();
}
