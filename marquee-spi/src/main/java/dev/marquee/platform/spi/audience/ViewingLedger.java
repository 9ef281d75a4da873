package dev.marquee.platform.spi.audience;

/**
 * Core's record of playbacks. A media provider opens a viewing where the video flows (an HTTP-FLV
 * response, an RTMP play, a run of HLS requests with one address), feeds it the bytes it sends and
 * closes it when the playback ends; core records person, stage, scheduled session, protocol, bytes
 * and instance, and refuses an opening past the event's {@code maxConcurrentStreams} for that person,
 * cluster-wide.
 *
 * <p>Thread-safe. {@link #open} may wait for the data grid (at most about 2 s) when the event has a
 * limit and the viewer is signed in: call it where a short wait is acceptable (a request thread), not
 * on an event loop that serves other connections. Core implements it; plugins inject it.
 *
 * @since 0.1.0
 */
public interface ViewingLedger {

    /** Opens a viewing, or refuses it because the person already watches as many streams as the event allows. */
    Admission open(ViewingRequest request);
}
