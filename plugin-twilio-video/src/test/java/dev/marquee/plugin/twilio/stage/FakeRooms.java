package dev.marquee.plugin.twilio.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Twilio's rooms as a list of calls; every call succeeds at once unless told otherwise. */
public final class FakeRooms implements VideoRooms {

    public final List<String> calls = new ArrayList<>();
    public boolean failOpen;
    public CompletableFuture<RoomInfo> pendingOpen;

    @Override
    public synchronized CompletionStage<RoomInfo> open(String uniqueName, int maxParticipants) {
        calls.add("open " + uniqueName + " " + maxParticipants);
        if (pendingOpen != null) {
            return pendingOpen;
        }
        return failOpen ? CompletableFuture.failedFuture(new IllegalStateException("boom"))
                : CompletableFuture.completedFuture(new RoomInfo(sid(uniqueName), uniqueName, maxParticipants));
    }

    @Override
    public synchronized CompletionStage<Void> complete(String roomSidOrName) {
        calls.add("complete " + roomSidOrName);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletionStage<Void> disconnect(String roomSidOrName, String identity) {
        calls.add("disconnect " + roomSidOrName + " " + identity);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletionStage<Void> subscribe(String roomSidOrName, String identity, String rulesJson) {
        calls.add("subscribe " + roomSidOrName + " " + identity + " " + rulesJson);
        return CompletableFuture.completedFuture(null);
    }

    public static String sid(String uniqueName) {
        return "RM-" + uniqueName;
    }

    public synchronized List<String> calls(String prefix) {
        return calls.stream().filter(c -> c.startsWith(prefix)).toList();
    }
}
