package dev.marquee.platform.infrastructure.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.HazelcastInstance;
import dev.marquee.platform.infrastructure.security.PlatformSecret;
import dev.marquee.platform.spi.cluster.ValueFormat;
import dev.marquee.platform.spi.events.PlatformStarted;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * This instance's member of Payara's data grid, looked up once in JNDI ({@value #JNDI_NAME}). Payara
 * Micro binds it even with {@code --nocluster} (a grid of one); only {@code --nohazelcast} removes it,
 * and Marquee then refuses to start the features that need it with a message saying so.
 *
 * <p>Marquee keeps nothing in the grid in the clear: every map and topic goes through
 * {@link #sealedMap} and {@link #sealedTopic}, sealed with a key derived from the platform secret
 * ({@link GridSeal}), so whoever else reaches the grid can neither read Marquee's state nor plant
 * anything an instance acts on, and two deployments on one network never share a structure.
 */
@ApplicationScoped
public class DataGrid {

    /** Where Payara Server and Payara Micro bind their Hazelcast instance. */
    public static final String JNDI_NAME = "payara/Hazelcast";

    private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());

    @Inject
    PlatformSecret secret;

    @Resource
    ContextService contexts;

    private volatile HazelcastInstance hazelcast;
    private volatile GridSeal seal;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, SealedMap<?>> maps = new ConcurrentHashMap<>();
    private volatile Executor inApplication = Runnable::run;
    private volatile ExecutorService answers;

    public DataGrid() {
    }

    /** A grid on a given member, sealed with {@code seal} (tests start embedded members). */
    public DataGrid(HazelcastInstance hazelcast, GridSeal seal) {
        this.hazelcast = hazelcast;
        this.seal = seal;
    }

    /**
     * The sealed map {@code structure} (e.g. {@code chat.posting}) holding values in {@code codec}'s
     * format; one per structure on this instance (give every caller of a structure the same codec).
     */
    @SuppressWarnings("unchecked")
    public <T> SealedMap<T> sealedMap(String structure, ValueFormat<T> codec) {
        SealedMap<?> map = maps.get(structure);
        if (map == null) {
            String name = seal().name(structure);
            map = maps.computeIfAbsent(structure, s -> new SealedMap<>(hazelcast().getMap(name), name, seal(), codec,
                    () -> inApplication, answers()));
        }
        return (SealedMap<T>) map;
    }

    /** The sealed topic {@code structure} (e.g. {@code chat.signals}). */
    public SealedTopic sealedTopic(String structure) {
        String name = seal().name(structure);
        return new SealedTopic(hazelcast().getTopic(name), name, seal(), clock);
    }

    /**
     * Captures the application's context once the platform is up, before anyone else hears of it. Payara
     * sends the caller's component with what it serialises and resolves the WAR's classes on the other
     * member from it; the one class of Marquee's that travels ({@link CompareAndSet}) is submitted from
     * the grid's own threads, so it is submitted within this captured context.
     */
    void captureContext(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) PlatformStarted started) {
        if (contexts != null) {
            inApplication = contexts.currentContextExecutor();
        }
    }

    /**
     * Where the sealed maps handle the grid's answers: threads of Marquee's own, kept while there is
     * work and started only when all are busy. Left to the grid, each answer would get a thread of its
     * own on a machine of two cores or fewer (the JDK's common pool has no thread to spare there, and the
     * grid then starts a new thread per callback): thousands a second under load.
     */
    Executor answers() {
        ExecutorService found = answers;
        if (found == null) {
            synchronized (this) {
                if (answers == null) {
                    AtomicInteger count = new AtomicInteger();
                    answers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                            task -> {
                                Thread thread = new Thread(task, "marquee-grid-answers-" + count.incrementAndGet());
                                thread.setDaemon(true);
                                return thread;
                            });
                }
                found = answers;
            }
        }
        return found;
    }

    @PreDestroy
    void stopAnswering() {
        ExecutorService found = answers;
        if (found != null) {
            found.shutdown();
        }
    }

    /** The seal of this deployment's grid. */
    public GridSeal seal() {
        GridSeal s = seal;
        if (s == null) {
            synchronized (this) {
                if (seal == null) {
                    seal = GridSeal.of(secret.derive("grid"));
                }
                s = seal;
            }
        }
        return s;
    }

    /** The Hazelcast member of this instance. */
    public HazelcastInstance hazelcast() {
        HazelcastInstance found = hazelcast;
        if (found == null) {
            synchronized (this) {
                if (hazelcast == null) {
                    hazelcast = lookup();
                    warnIfOpen(hazelcast);
                }
                found = hazelcast;
            }
        }
        return found;
    }

    /** This instance's member id; it changes when a member rejoins after a split. */
    public UUID localMember() {
        return hazelcast().getCluster().getLocalMember().getUuid();
    }

    /** The ids of the members the grid has now. */
    public Set<UUID> members() {
        return hazelcast().getCluster().getMembers().stream().map(Member::getUuid).collect(Collectors.toSet());
    }

    /** Whether the grid runs (false while this member shuts down). */
    public boolean running() {
        try {
            return hazelcast().getLifecycleService().isRunning();
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** Says so at start when the grid lets any Payara on the network join (multicast discovery). */
    private static void warnIfOpen(HazelcastInstance member) {
        try {
            JoinConfig join = member.getConfig().getNetworkConfig().getJoin();
            if (join.getMulticastConfig().isEnabled()) {
                LOG.warning("The data grid finds its members by multicast: any Payara on this network may join it. "
                        + "Marquee seals what it keeps there, but give the members explicitly "
                        + "(--clustermode tcpip:...) and bind the grid to a private address: docs/security.md");
            }
        } catch (RuntimeException e) {
            // the configuration is Payara's; not being able to read it changes nothing
        }
    }

    private static HazelcastInstance lookup() {
        try {
            return (HazelcastInstance) new InitialContext().lookup(JNDI_NAME);
        } catch (NamingException | ClassCastException e) {
            throw new IllegalStateException("Marquee needs Payara's data grid (JNDI " + JNDI_NAME
                    + "); do not start Payara with --nohazelcast", e);
        }
    }
}
