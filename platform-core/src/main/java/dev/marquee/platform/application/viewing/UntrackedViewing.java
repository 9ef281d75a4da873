package dev.marquee.platform.application.viewing;

import dev.marquee.platform.spi.audience.Viewing;

import java.util.UUID;

/**
 * A viewing the ledger does not track: tracking is switched off ({@code marquee.viewing.enabled=false})
 * or the stage is unknown to core. It counts and stores nothing.
 */
final class UntrackedViewing implements Viewing {

    private final String id = UUID.randomUUID().toString();

    @Override
    public String id() {
        return id;
    }

    @Override
    public void bytes(long count) {
        // not tracked
    }

    @Override
    public void close() {
        // not tracked
    }
}
