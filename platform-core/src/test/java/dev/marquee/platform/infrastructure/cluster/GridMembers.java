package dev.marquee.platform.infrastructure.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastException;
import com.hazelcast.core.HazelcastInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Real embedded grid members for tests (core's and the plugins', through core's test JAR): loopback
 * only, TCP-IP join on ports picked free and each listed (Hazelcast takes no ranges), no multicast, a
 * cluster name of its own per instance of this class so test runs never join each other. The ports are
 * picked below Linux's ephemeral range (32768 and up), where the members' own outgoing connections take
 * their local ports: a port picked there was once taken by one of them before its member bound it. A
 * member whose port was taken all the same starts on another one.
 */
public final class GridMembers implements AutoCloseable {

    /** The seal every test grid uses (a fixed test secret). */
    public static final GridSeal SEAL = GridSeal.of("a test secret of thirty-two bytes or more".getBytes(
            java.nio.charset.StandardCharsets.UTF_8));

    private final String clusterName = "marquee-test-" + UUID.randomUUID();
    private final List<Integer> ports = new ArrayList<>();
    private final List<HazelcastInstance> started = new ArrayList<>();

    private static final int LOWEST_PORT = 20_000;
    private static final int PORTS = 12_000;
    private static final int STARTS = 5;

    /** Room for {@code expected} members; none runs yet. */
    public GridMembers(int expected) {
        for (int i = 0; i < expected; i++) {
            ports.add(freePort());
        }
    }

    /** A port below the ephemeral range that nothing listens on now. */
    private static int freePort() {
        IOException last = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = LOWEST_PORT + ThreadLocalRandom.current().nextInt(PORTS);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException e) {
                last = e;
            }
        }
        throw new UncheckedIOException("No free port for a test grid member", last);
    }

    /** {@code count} members, all started and joined. */
    public static GridMembers started(int count) {
        GridMembers members = new GridMembers(count);
        for (int i = 0; i < count; i++) {
            members.start(i);
        }
        return members;
    }

    /** Starts member {@code index} (0-based) of the expected ones; it joins those already running. */
    public HazelcastInstance start(int index) {
        for (int attempt = 1; ; attempt++) {
            try {
                HazelcastInstance member = Hazelcast.newHazelcastInstance(config(index));
                started.add(member);
                return member;
            } catch (HazelcastException e) {
                if (attempt == STARTS || !(e.getCause() instanceof BindException)) {
                    throw e;
                }
                ports.set(index, freePort());
            }
        }
    }

    private Config config(int index) {
        Config config = new Config();
        config.setClusterName(clusterName);
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "none");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "5");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(ports.get(index)).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true);
        for (int port : ports) {
            join.getTcpIpConfig().addMember("127.0.0.1:" + port);
        }
        return config;
    }

    /** The {@code index}th member started. */
    public HazelcastInstance member(int index) {
        return started.get(index);
    }

    /** Core's view of the {@code index}th member started. */
    public DataGrid grid(int index) {
        return new DataGrid(started.get(index), SEAL);
    }

    @Override
    public void close() {
        for (HazelcastInstance member : started) {
            try {
                member.getLifecycleService().terminate();
            } catch (RuntimeException ignored) {
                // already down
            }
        }
    }
}
