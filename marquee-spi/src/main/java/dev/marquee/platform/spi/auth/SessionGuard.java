package dev.marquee.platform.spi.auth;

/**
 * Ties what a signed-in person has open (a stage socket, a playing stream, a playback address) to the
 * session that opened it: when the session ends (sign-out, expiry, a cancelled ticket, the device
 * limit), on whatever instance, everything tied to it ends too, within 5 seconds. Core implements
 * it; plugins inject it.
 *
 * <p>Thread-safe. {@link #active} may run on a request thread (it answers from a cache refreshed at
 * most every 2 seconds); the {@code onEnd} callbacks run on a core thread and must not block.
 *
 * @since 0.1.0
 */
public interface SessionGuard {

    /** Whether the session is still active (an ended one is seen as ended within 2 s on every instance). */
    boolean active(long sessionId);

    /**
     * Runs {@code onEnd} once when the session ends (at once if it already has). Close the watch when
     * the connection ends first, so nothing is kept for it.
     */
    Watch watch(long sessionId, Runnable onEnd);

    /** A registration of {@link #watch}; closing it twice is harmless. */
    interface Watch extends AutoCloseable {
        @Override
        void close();
    }
}
