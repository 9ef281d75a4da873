package dev.marquee.systemtest;

import dev.marquee.testkit.MarqueeServer;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waiting for something the server does in its own time (a stream to go live, a delivery to arrive). */
final class Await {

    private Await() {
    }

    /** Polls {@code condition} every 200 ms until it holds; fails naming {@code what} after {@code limit}. */
    static void await(String what, Duration limit, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            MarqueeServer.sleep(200);
        }
    }
}
