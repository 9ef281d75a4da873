package dev.marquee.plugin.twilio.api;

import dev.marquee.plugin.twilio.stage.RoomInfo;
import dev.marquee.plugin.twilio.stage.VideoRooms;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@link VideoRooms} on a worker pool (the container's managed executor): each call runs there, is
 * given up after the request timeout, and a failure is logged in one line without credentials.
 */
public final class AsyncVideoRooms implements VideoRooms {

    private static final Logger LOG = Logger.getLogger(AsyncVideoRooms.class.getName());

    private final Supplier<TwilioRoomsClient> client;
    private final Executor executor;
    private final Duration timeout;

    public AsyncVideoRooms(Supplier<TwilioRoomsClient> client, Executor executor, Duration timeout) {
        this.client = client;
        this.executor = executor;
        this.timeout = timeout;
    }

    @Override
    public CompletionStage<RoomInfo> open(String uniqueName, int maxParticipants) {
        return call("open room " + uniqueName, () -> client.get().open(uniqueName, maxParticipants));
    }

    @Override
    public CompletionStage<Void> complete(String roomSidOrName) {
        return call("complete room " + roomSidOrName, () -> {
            client.get().complete(roomSidOrName);
            return null;
        });
    }

    @Override
    public CompletionStage<Void> disconnect(String roomSidOrName, String identity) {
        return call("disconnect " + identity + " from " + roomSidOrName, () -> {
            client.get().disconnect(roomSidOrName, identity);
            return null;
        });
    }

    @Override
    public CompletionStage<Void> subscribe(String roomSidOrName, String identity, String rulesJson) {
        return call("set subscribe rules of " + identity + " in " + roomSidOrName, () -> {
            client.get().subscribe(roomSidOrName, identity, rulesJson);
            return null;
        });
    }

    private <T> CompletionStage<T> call(String what, Supplier<T> work) {
        CompletableFuture<T> started;
        try {
            started = CompletableFuture.supplyAsync(work, executor);
        } catch (RejectedExecutionException e) {
            started = CompletableFuture.failedFuture(e);
        }
        return started
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((result, failure) -> {
                    if (failure != null) {
                        LOG.log(Level.WARNING, "Twilio: could not {0}: {1}",
                                new Object[] {what, TwilioFailures.describe(failure)});
                    }
                });
    }
}
