package dev.marquee.platform.infrastructure.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Real Hazelcast members (fixed ports from {@code basePort} up, each listed: Hazelcast takes no ranges) on loopback forming one small grid of their own, for tests. */
public final class GridMembers implements AutoCloseable {

    private final List<HazelcastInstance> members = new ArrayList<>();

    /** Starts {@code count} members that join each other over TCP (no multicast) under a unique name. */
    public static GridMembers start(int count, int basePort) {
        GridMembers grid = new GridMembers();
        String name = "marquee-test-" + UUID.randomUUID();
        for (int i = 0; i < count; i++) {
            Config config = new Config().setClusterName(name).setProperty("hazelcast.logging.type", "none")
                    .setProperty("hazelcast.socket.bind.any", "false").setProperty("hazelcast.phone.home.enabled", "false");
            config.getNetworkConfig().setPort(basePort + i).setPortAutoIncrement(false);
            config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
            JoinConfig join = config.getNetworkConfig().getJoin();
            join.getMulticastConfig().setEnabled(false);
            join.getAutoDetectionConfig().setEnabled(false);
            for (int m = 0; m < count; m++) {
                join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + (basePort + m));
            }
            grid.members.add(Hazelcast.newHazelcastInstance(config));
        }
        return grid;
    }

    public DataGrid grid(int index) {
        return new DataGrid(members.get(index));
    }

    public HazelcastInstance member(int index) {
        return members.get(index);
    }

    @Override
    public void close() {
        members.forEach(HazelcastInstance::shutdown);
    }
}
