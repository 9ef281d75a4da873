package dev.marquee.platform.spi.cluster;

import java.util.function.Consumer;

/**
 * One named topic ({@link ClusterTopics#topic}): a message published on any instance is handed to the
 * listeners of every instance, this one included.
 *
 * <p><b>Sealed.</b> Each message is encrypted and authenticated with a key derived from the
 * deployment's secret, together with the topic's name and the time it was sent. A listener hears only
 * messages that open, were sent less than 30 seconds ago by its clock (keep the instances' clocks in
 * step) and were not heard before: a member or client of the grid without the secret can neither read a
 * message nor send one that a listener receives, not even by repeating one it captured. Refused messages
 * are logged by core and never reach a listener.
 *
 * <p><b>Delivery.</b> At most once per listener, in the order one instance published; messages of
 * different instances may interleave in any order. A message published while an instance is cut off from
 * the others is lost for it: keep what must survive elsewhere (a database), and send on a topic what
 * only needs to reach whoever is up now.
 *
 * <p><b>Payloads</b> are bytes in a format of the plugin's own (write a version into it if it may
 * change); they travel to every instance, so keep them small: a few hundred bytes to a few KiB, never
 * media or bulk data. Core adds about 40 bytes.
 *
 * <p><b>Threading.</b> Thread-safe. Listeners run on the data grid's event thread, one message at a
 * time: they must return quickly and never block (hand longer work to an executor of your own), and
 * should catch their own exceptions; one thrown is logged by the grid and the next message still comes.
 *
 * @since 0.1.0
 */
public interface ClusterTopic {

    /**
     * Sends {@code payload} to every instance (this one included), without waiting for it to arrive.
     *
     * @throws RuntimeException when the data grid refuses (it is shutting down or unreachable): the
     *                          message went nowhere, not even to this instance
     */
    void publish(byte[] payload);

    /**
     * Hands every message published from now on to {@code listener} (see the class comment for which
     * and on what thread). Close the registration when the listening bean stops ({@code @PreDestroy}).
     */
    Registration listen(Consumer<byte[]> listener);

    /** The topic's name, as asked for. */
    String name();

    /** A listener of {@link #listen}; closing ends it, quietly when the grid is already down, and twice is harmless. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
