package dev.marquee.platform.application.webhook;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;

/**
 * The messages this instance claimed for one endpoint and has not finished, and the sending lanes
 * working through them: each lane sends one message at a time, so no more than the lane limit go to
 * the endpoint at once. The dispatcher adds claimed messages and starts lanes; a lane takes messages
 * until none are left, then ends. Thread-safe.
 */
final class EndpointQueue {

    private final long webhookId;
    private final Deque<OutgoingMessage> waiting = new ArrayDeque<>();
    private int sending;
    private int lanes;

    EndpointQueue(long webhookId) {
        this.webhookId = webhookId;
    }

    long webhookId() {
        return webhookId;
    }

    synchronized void add(Collection<OutgoingMessage> claimed) {
        waiting.addAll(claimed);
    }

    /** Counts a new lane if fewer than {@code maxLanes} run and there is a message no running lane will take. */
    synchronized boolean startLane(int maxLanes) {
        if (lanes >= maxLanes || lanes >= waiting.size() + sending) {
            return false;
        }
        lanes++;
        return true;
    }

    /** A lane that could not be started after all. */
    synchronized void laneNotStarted() {
        lanes--;
    }

    /** The next message for a lane; null when none are left, and then the lane counts as ended. */
    synchronized OutgoingMessage take() {
        OutgoingMessage next = waiting.poll();
        if (next == null) {
            lanes--;
        } else {
            sending++;
        }
        return next;
    }

    /** A lane finished (or gave up) a message it took; answers how many this instance still holds for the endpoint. */
    synchronized int done() {
        sending--;
        return waiting.size() + sending;
    }

    /** Messages held for the endpoint: waiting or being sent. */
    synchronized int held() {
        return waiting.size() + sending;
    }

    synchronized boolean idle() {
        return lanes == 0 && waiting.isEmpty() && sending == 0;
    }
}
