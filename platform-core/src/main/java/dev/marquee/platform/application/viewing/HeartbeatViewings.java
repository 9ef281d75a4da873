package dev.marquee.platform.application.viewing;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.spi.audience.Admission;
import dev.marquee.platform.spi.audience.Viewing;
import dev.marquee.platform.spi.audience.ViewingRequest;
import dev.marquee.platform.spi.events.PlatformStarted;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Viewings of stages whose video core does not serve (an iframe player, a video room): the stage page
 * sends a heartbeat every {@value #BEAT_SECONDS} s while its player is on screen; the first opens a
 * viewing through the ledger (limit included), later ones keep it, and a viewing without a beat for
 * {@value #IDLE_SECONDS} s (the page closed) is closed. A page that leaves says so at once.
 * At most {@value #MAX_OPEN} of them on an instance.
 */
@ApplicationScoped
public class HeartbeatViewings {

    public static final int BEAT_SECONDS = 15;
    static final int IDLE_SECONDS = 40;
    static final int MAX_OPEN = 50_000;

    @Inject
    DefaultViewingLedger ledger;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, Beating> open = new ConcurrentHashMap<>();
    private ScheduledFuture<?> sweep;

    private record Beating(Viewing viewing, long stageId, String subject, long[] lastBeat) {
    }

    void start(@Observes PlatformStarted started) {
        sweep = scheduler.scheduleWithFixedDelay(this::closeIdle, 5, 5, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel(false);
        }
    }

    /**
     * A heartbeat: keeps the viewing {@code id} of this caller and stage, or opens a new one (answering
     * its id) when {@code id} is null or no longer open here. Throws the 429 refusal past the limit.
     */
    public Admission beat(Caller caller, long stageId, String id, String userAgent) {
        long now = clock.millis();
        Beating known = id == null ? null : open.get(id);
        if (known != null && known.stageId() == stageId && sameCaller(known, caller)) {
            known.lastBeat()[0] = now;
            return Admission.admitted(known.viewing());
        }
        if (open.size() >= MAX_OPEN) {
            throw new Problem(Problem.Kind.TOO_MANY, "too_many_requests",
                    "This instance tracks as many page viewers as it takes", java.util.List.of(), java.time.Duration.ofSeconds(30));
        }
        long sessionId = caller.sessionId() == null ? 0 : caller.sessionId();
        String[] opened = new String[1];
        Admission admission = ledger.open(new ViewingRequest(stageId, sessionId, "iframe", userAgent,
                () -> end(opened[0])));
        if (admission.admitted()) {
            opened[0] = admission.viewing().id();
            open.put(opened[0], new Beating(admission.viewing(), stageId, caller.subject(), new long[] {now}));
        }
        return admission;
    }

    /** The page left: closes the caller's viewing at once. */
    public void leave(Caller caller, String id) {
        Beating known = open.get(id);
        if (known != null && sameCaller(known, caller)) {
            end(id);
        }
    }

    private void end(String id) {
        Beating gone = id == null ? null : open.remove(id);
        if (gone != null) {
            gone.viewing().close();
        }
    }

    private void closeIdle() {
        long now = clock.millis();
        open.forEach((id, b) -> {
            if (now - b.lastBeat()[0] > IDLE_SECONDS * 1000L) {
                end(id);
            }
        });
    }

    private static boolean sameCaller(Beating b, Caller caller) {
        return java.util.Objects.equals(b.subject(), caller.subject());
    }
}
