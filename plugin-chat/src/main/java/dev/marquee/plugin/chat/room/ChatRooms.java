package dev.marquee.plugin.chat.room;

import dev.marquee.plugin.chat.domain.ChatStore;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import dev.marquee.platform.spi.audience.OpaquePersonIds;
import dev.marquee.platform.spi.cluster.ClusterCalls;
import dev.marquee.platform.spi.cluster.ClusterMaps;
import dev.marquee.platform.spi.cluster.ClusterTally;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The rooms on this instance, loaded from the database when first joined, and the presence ticker
 * that pushes each room's viewer count, summed over the cluster (the {@link ClusterTally} {@value #PRESENCE}),
 * when it changed, at most every {@code marquee.chat.presence-interval}.
 */
@ApplicationScoped
public class ChatRooms {

    /** The cluster tally of viewers per room and instance. */
    static final String PRESENCE = "chat.presence";
    private static final Logger LOG = Logger.getLogger(ChatRooms.class.getName());

    private static final int WRITERS = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final AtomicInteger WRITER_NUMBER = new AtomicInteger();

    private final Map<String, ChatRoom> rooms = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    @Inject
    OpaquePersonIds ids;

    @Inject
    ChatStore store;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "marquee.chat.history", defaultValue = "50")
    int historySize;

    @Inject
    @ConfigProperty(name = "marquee.chat.presence-interval", defaultValue = "PT2S")
    Duration presenceInterval;

    @Inject
    ClusterMaps maps;

    private ScheduledFuture<?> presence;
    private ClusterTally presenceTally;
    /**
     * Threads that share the writes of large rooms (one per core; a full queue makes the delivering
     * thread write itself, which slows delivery down rather than letting work pile up).
     */
    private final ThreadPoolExecutor writers = new ThreadPoolExecutor(WRITERS, WRITERS, 30, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(10_000), ChatRooms::writerThread, new ThreadPoolExecutor.CallerRunsPolicy());

    @PostConstruct
    void start() {
        long every = presenceInterval.toMillis();
        presenceTally = maps.tally(PRESENCE, Duration.ofMillis(Math.max(3 * every, 6000)));
        presence = scheduler.scheduleWithFixedDelay(this::pushPresence, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (presence != null) {
            presence.cancel(false);
        }
        writers.shutdown();
    }

    private static Thread writerThread(Runnable task) {
        Thread thread = new Thread(task, "marquee-chat-writer-" + WRITER_NUMBER.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }

    /** The room, loaded on first use. */
    public ChatRoom room(String key) {
        ChatRoom room = rooms.get(key);
        return room != null ? room : rooms.computeIfAbsent(key, this::load);
    }

    public Optional<ChatRoom> loaded(String key) {
        return Optional.ofNullable(rooms.get(key));
    }

    private ChatRoom load(String key) {
        var recent = store.recent(key, historySize).stream()
                .map(m -> new ChatRoom.RecentFrame(m.id(), Frames.message(m, ids))).toList();
        ChatRoom.Pin pinned = store.pinned(key).map(m -> new ChatRoom.Pin(m.id(), Frames.pinned(m, ids))).orElse(null);
        return new ChatRoom(key, historySize, store.settings(key), store.bans(key, clock.instant()), recent, pinned);
    }

    /** Hands a frame to every connection of the room on this instance ({@link Fanout}, with the writer threads). */
    public void deliver(String key, OutboundFrame frame) {
        ChatRoom room = rooms.get(key);
        if (room != null) {
            Fanout.send(room.connections(), frame, writers);
        }
    }

    /** Drops a room (its stage was deleted), closing its connections. */
    public void remove(String key) {
        ChatRoom room = rooms.remove(key);
        if (room != null) {
            room.connections().forEach(c -> c.close(jakarta.websocket.CloseReason.CloseCodes.GOING_AWAY, "The stage was removed"));
        }
    }

    /** Every connection on this instance, of every room. */
    public java.util.List<ChatConnection> everyConnection() {
        return rooms.values().stream().flatMap(r -> r.connections().stream()).toList();
    }

    /** Open connections on this instance, of every room. */
    public int connectionCount() {
        int count = 0;
        for (ChatRoom room : rooms.values()) {
            count += room.connections().size();
        }
        return count;
    }

    /**
     * Reports this instance's viewers of each room to the grid and pushes the cluster-wide count to the
     * room's clients here when it changed. Every instance gets the same totals, so each tells only its
     * own clients.
     */
    private void pushPresence() {
        try {
            Map<String, Integer> here = new HashMap<>();
            rooms.values().forEach(room -> here.put(room.key(), room.connections().size()));
            Map<String, Integer> totals = here.isEmpty() ? Map.of() : presenceTally.report(here, ClusterCalls.DEFAULT_WAIT);
            for (ChatRoom room : rooms.values()) {
                int viewers = totals.getOrDefault(room.key(), room.connections().size());
                if (room.presenceChanged(viewers)) {
                    deliver(room.key(), OutboundFrame.of(Frames.presence(viewers)));
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Pushing chat presence failed", e);
        }
    }
}
