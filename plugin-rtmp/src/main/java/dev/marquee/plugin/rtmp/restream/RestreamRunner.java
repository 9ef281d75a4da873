package dev.marquee.plugin.rtmp.restream;

import dev.marquee.platform.spi.cluster.ClusterTopic;
import dev.marquee.platform.spi.cluster.ClusterTopics;
import dev.marquee.platform.spi.events.PlatformStarted;
import dev.marquee.platform.spi.events.StageLiveChanged;
import dev.marquee.platform.spi.outbound.OutboundAddresses;
import dev.marquee.plugin.rtmp.StreamHub;
import dev.marquee.plugin.rtmp.cluster.StageSignals;
import dev.marquee.plugin.rtmp.media.LiveStream;
import dev.marquee.plugin.rtmp.metrics.RestreamMetrics;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Runs the pushes of the stages live on this instance (where their publisher is connected): when a stage
 * goes live, one {@link Push} per enabled target; when it goes off air, or a target is disabled or deleted,
 * the push stops; a target enabled or changed while the stage is live starts (again). Pushes run on their own
 * event loops ({@code marquee-restream} threads), so nothing they do reaches the publisher's. A change made
 * through any instance reaches the one holding the publisher over the data grid ({@link StageSignals}).
 */
@ApplicationScoped
public class RestreamRunner {

    private static final Logger LOG = Logger.getLogger(RestreamRunner.class.getName());

    @Inject
    StreamHub hub;

    @Inject
    Restreams restreams;

    @Inject
    OutboundAddresses addresses;

    @Inject
    RestreamConfig config;

    @Inject
    RestreamMetrics metrics;

    @Resource
    ManagedExecutorService blocking;

    @Inject
    ClusterTopics topics;

    private final Map<Long, Push> pushes = new HashMap<>();
    private volatile StageSignals signals;
    private ClusterTopic.Registration registration;
    private EventLoopGroup loops;
    private PushContext context;

    @PostConstruct
    void start() {
        loops = new MultiThreadIoEventLoopGroup(2, new DefaultThreadFactory("marquee-restream", true),
                NioIoHandler.newFactory());
        context = new PushContext(loops, blocking, addresses, new RtmpsTls(), config.pushSettings(), Clock.systemUTC());
    }

    /** Listens for target changes made through other instances, once the grid is up. */
    void joinGrid(@Observes PlatformStarted platform) {
        try {
            StageSignals joined = new StageSignals(topics, "rtmp.restream");
            registration = joined.listen(stageId -> blocking.execute(() -> sync(stageId)));
            signals = joined;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Restream target changes take effect only on the instance that made them", e);
        }
    }

    /** A stage's targets changed: its pushes follow here and on the instance holding its publisher. */
    public void changed(long stageId) {
        sync(stageId);
        StageSignals s = signals;
        if (s != null) {
            try {
                s.changed(stageId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not tell the other instances that stage " + stageId
                        + "'s restream targets changed", e);
            }
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (registration != null) {
            registration.close();
        }
        pushes.values().forEach(Push::stop);
        pushes.clear();
        loops.shutdownGracefully();
    }

    void liveChanged(@ObservesAsync StageLiveChanged change) {
        sync(change.stageId());
    }

    /** Brings the stage's pushes in line with its targets and whether it is live here now. */
    public synchronized void sync(long stageId) {
        Optional<LiveStream> live = hub.streams().find(stageId)
                .filter(s -> !s.publisher().relayed() && !s.ended());
        Map<Long, RestreamTarget> targets = live.isEmpty() ? Map.of()
                : restreams.ofStage(stageId).stream().filter(t -> t.enabled() && t.key() != null)
                .collect(Collectors.toMap(RestreamTarget::id, Function.identity()));
        for (Push push : List.copyOf(pushes.values())) {
            if (push.target().stageId() != stageId) {
                continue;
            }
            RestreamTarget wanted = targets.get(push.target().id());
            if (wanted == null || !wanted.equals(push.target()) || push.stream() != live.orElse(null)
                    || push.finished()) {
                push.stop();
                pushes.remove(push.target().id());
            }
        }
        live.ifPresent(stream -> targets.values().forEach(target -> {
            if (!pushes.containsKey(target.id())) {
                Push push = new Push(target, stream, context, metrics.meter(target.id()));
                pushes.put(target.id(), push);
                push.start();
            }
        }));
    }

    /** The target's push status here: idle when it has none. */
    public synchronized RestreamStatus status(long targetId) {
        Push push = pushes.get(targetId);
        return push != null ? push.status() : RestreamStatus.idle(null);
    }

    /** Stops the pushes of a deleted stage, everywhere. */
    public void forget(long stageId) {
        changed(stageId);
    }
}
