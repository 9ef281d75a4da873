package dev.marquee.plugin.rtmp.playback;

import dev.marquee.platform.spi.audience.Admission;
import dev.marquee.platform.spi.audience.ViewingLedger;
import dev.marquee.platform.spi.audience.ViewingRequest;
import dev.marquee.plugin.rtmp.RtmpConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The plugin's side of core's {@link ViewingLedger}: connections (HTTP-FLV, RTMP play) open a viewing
 * for their lifetime; HLS and LL-HLS requests go through {@link HttpViewings}, whose idle runs are
 * closed every second. The idle gap is {@link #idleGap}: short enough that a paused HLS player frees
 * its slot within about 5 s, long enough that a playing one (which asks at least every segment)
 * keeps it. Addresses ended from another device are refused ({@link EndedAddresses}).
 */
@ApplicationScoped
public class PlaybackViewings {

    @Inject
    ViewingLedger ledger;

    @Inject
    PlaybackSigner signer;

    @Inject
    RtmpConfig config;

    private final EndedAddresses ended = new EndedAddresses();
    private HttpViewings http;
    private ScheduledExecutorService sweeper;

    @PostConstruct
    void start() {
        http = new HttpViewings(ledger, ended, idleGap(config.hlsSegmentDuration()).toMillis(), 100_000,
                System::currentTimeMillis);
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "marquee-hls-viewings");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(http::closeIdle, 1, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        sweeper.shutdownNow();
        http.closeAll();
    }

    /** Two segment durations, at least 4 s: a playing HLS player asks for a playlist about once a segment. */
    static Duration idleGap(Duration segment) {
        Duration two = segment.multipliedBy(2);
        return two.compareTo(Duration.ofSeconds(4)) < 0 ? Duration.ofSeconds(4) : two;
    }

    /** Whether the address's stream was ended from another device (its player must get a new address). */
    public boolean ended(long stageId, String token) {
        return ended.ended(stageId, token, System.currentTimeMillis());
    }

    /**
     * Opens the viewing of a connection (HTTP-FLV, RTMP). {@code endRequested} closes the connection; the
     * address is then refused from now on, so the player cannot take the slot back by reconnecting.
     */
    public Admission connection(long stageId, String token, String protocol, String userAgent, Runnable endRequested) {
        long expires = signer.expiryOf(stageId, token);
        return ledger.open(new ViewingRequest(stageId, signer.sessionOf(stageId, token), protocol, userAgent, () -> {
            ended.end(stageId, token, expires, System.currentTimeMillis());
            endRequested.run();
        }));
    }

    /** A request of an HLS or LL-HLS address ({@link HttpViewings#request}). */
    public HttpViewings.Outcome request(long stageId, String token, String protocol, String userAgent) {
        return http.request(stageId, token, signer.sessionOf(stageId, token), protocol, userAgent,
                signer.expiryOf(stageId, token));
    }
}
