package dev.marquee.platform.infrastructure.cluster;

import dev.marquee.platform.spi.cluster.ClusterTopic;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A plugin's {@link ClusterTopic}: a {@link SealedTopic}, with a listener's failures logged rather than thrown at the grid. */
final class PluginTopic implements ClusterTopic {

    private static final Logger LOG = Logger.getLogger(PluginTopic.class.getName());

    private final String name;
    private final SealedTopic sealed;

    PluginTopic(String name, SealedTopic sealed) {
        this.name = name;
        this.sealed = sealed;
    }

    @Override
    public void publish(byte[] payload) {
        sealed.publish(payload);
    }

    @Override
    public Registration listen(Consumer<byte[]> listener) {
        UUID id = sealed.listen(payload -> {
            try {
                listener.accept(payload);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A listener on the cluster topic " + name + " failed", e);
            }
        });
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.compareAndSet(true, false)) {
                sealed.unlisten(id);
            }
        };
    }

    @Override
    public String name() {
        return name;
    }
}
