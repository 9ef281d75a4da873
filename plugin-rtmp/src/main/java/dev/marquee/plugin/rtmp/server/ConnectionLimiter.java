package dev.marquee.plugin.rtmp.server;

import dev.marquee.plugin.rtmp.metrics.RtmpMetrics.ConnectionRefusal;

import java.net.SocketAddress;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts the listener's connections as they are accepted and closed: all of them, those still
 * <em>pending</em> (not publishing or playing yet), and those of each address ({@link PeerAddress}). A
 * new connection is refused when its address already has its share, when the pending ones fill their
 * share, or when the listener is full; connections that stream are never cut to make room. An
 * address's entry goes when its last connection does, so refused and closed peers leave nothing
 * behind. One per listener; thread-safe (accepts run on every event loop).
 */
final class ConnectionLimiter {

    /** The outcome of {@link #admit}: a ticket, or why not. */
    record Admission(Ticket ticket, ConnectionRefusal refusal) {

        boolean admitted() {
            return ticket != null;
        }
    }

    private final int maxConnections;
    private final int maxPending;
    private final int maxPerAddress;
    private final Map<String, Integer> perAddress = new HashMap<>();
    private int open;
    private int pending;

    ConnectionLimiter(int maxConnections, int maxPending, int maxPerAddress) {
        this.maxConnections = maxConnections;
        this.maxPending = maxPending;
        this.maxPerAddress = maxPerAddress;
    }

    ConnectionLimiter(ConnectionLimits limits) {
        this(limits.maxConnections(), limits.maxPending(), limits.maxPerAddress());
    }

    /** Counts a new connection in, as pending, or says why it must be closed. */
    synchronized Admission admit(SocketAddress remote) {
        String address = PeerAddress.key(remote);
        int fromAddress = perAddress.getOrDefault(address, 0);
        if (fromAddress >= maxPerAddress) {
            return new Admission(null, ConnectionRefusal.PER_ADDRESS);
        }
        if (pending >= maxPending) {
            return new Admission(null, ConnectionRefusal.MAX_PENDING);
        }
        if (open >= maxConnections) {
            return new Admission(null, ConnectionRefusal.MAX_CONNECTIONS);
        }
        perAddress.put(address, fromAddress + 1);
        open++;
        pending++;
        return new Admission(new Ticket(address), null);
    }

    synchronized int open() {
        return open;
    }

    synchronized int pending() {
        return pending;
    }

    /** Addresses with a connection open (what the per-address counts take). */
    synchronized int addresses() {
        return perAddress.size();
    }

    /** One admitted connection's place in the counts; its methods may be called from any thread, more than once. */
    final class Ticket {

        private final String address;
        private boolean isPending = true;
        private boolean released;

        private Ticket(String address) {
            this.address = address;
        }

        String address() {
            return address;
        }

        /** The connection publishes or plays: it no longer takes a pending place. */
        void started() {
            synchronized (ConnectionLimiter.this) {
                if (!released && isPending) {
                    isPending = false;
                    pending--;
                }
            }
        }

        /** The connection stopped publishing or playing but stays open: pending again (never refused for it). */
        void pendingAgain() {
            synchronized (ConnectionLimiter.this) {
                if (!released && !isPending) {
                    isPending = true;
                    pending++;
                }
            }
        }

        /** The connection closed. */
        void release() {
            synchronized (ConnectionLimiter.this) {
                if (released) {
                    return;
                }
                released = true;
                if (isPending) {
                    pending--;
                }
                open--;
                perAddress.computeIfPresent(address, (k, n) -> n <= 1 ? null : n - 1);
            }
        }
    }
}
