package dev.marquee.platform.application.viewing;

import dev.marquee.platform.infrastructure.cluster.DataGrid;
import dev.marquee.platform.infrastructure.cluster.GridCalls;
import dev.marquee.platform.infrastructure.cluster.GridChange;
import dev.marquee.platform.infrastructure.cluster.SealedMap;
import dev.marquee.platform.spi.audience.TooManyStreams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Every signed-in person's open streams, cluster-wide: one sealed grid entry per person, listing each
 * stream with the instance serving it. In an event with a limit, the limit is checked and the stream added
 * in one atomic change when it opens, so two devices opening at once on two instances cannot both take the
 * last slot; a stream of an event without one is listed later, by a heartbeat ({@link #list}). A stream whose
 * instance left the grid (it crashed) no longer counts; entries expire {@value #TTL_MINUTES} minutes after
 * their last write, and instances rewrite their people's entries every {@link DefaultViewingLedger#HEARTBEAT}.
 */
@ApplicationScoped
public class OpenStreamsGrid {

    static final String STRUCTURE = "viewing.open";
    static final long TTL_MINUTES = 3;
    private static final long TTL_MILLIS = Duration.ofMinutes(TTL_MINUTES).toMillis();
    private static final GridStreamsCodec CODEC = new GridStreamsCodec();

    @Inject
    DataGrid grid;

    private SealedMap<List<GridStream>> map() {
        return grid.sealedMap(STRUCTURE, CODEC);
    }

    UUID member() {
        return grid.localMember();
    }

    /**
     * The most streams of events without a limit that one instance lists in a person's entry. Past it (one
     * address shared by many devices) a stream plays without being listed: the entry, read, opened, sealed
     * and written at every change of the person's streams, stays small instead of growing with every
     * device, which made each change cost in proportion to them all (issue 18's tracking-cost benchmark).
     */
    static final int MAX_LISTED = 32;

    /**
     * Adds the stream unless the person already has {@code limit} open streams of its event; answers the
     * refusal, or empty when the stream was added.
     */
    CompletionStage<Optional<TooManyStreams>> admit(String subject, GridStream stream, int limit) {
        Set<UUID> alive = grid.members();
        return map().change(subject, current -> admitting(current, alive, stream, limit));
    }

    /** The change {@link #admit} makes, given the entry's current value and the living members. */
    static GridChange.Outcome<List<GridStream>, Optional<TooManyStreams>> admitting(
            List<GridStream> current, Set<UUID> alive, GridStream stream, int limit) {
        List<GridStream> streams = living(current, alive);
        List<GridStream> ofEvent = streams.stream().filter(s -> s.eventId() == stream.eventId())
                .sorted(Comparator.comparingLong(GridStream::startedAt)).toList();
        if (ofEvent.size() >= limit) {
            return GridChange.Outcome.keep(Optional.of(new TooManyStreams(limit,
                    ofEvent.stream().map(GridStream::open).toList())));
        }
        streams.add(stream);
        return GridChange.Outcome.set(streams, TTL_MILLIS, Optional.empty());
    }

    /**
     * Lists streams that already play (of events without a limit, so nothing is checked): adds those the
     * entry does not hold yet, drops dead instances' streams, and gives the entry its full time to live.
     */
    CompletionStage<Void> list(String subject, Collection<GridStream> added) {
        Set<UUID> alive = grid.members();
        return map().change(subject, current -> adding(current, alive, added));
    }

    /** The change {@link #list} makes. */
    static GridChange.Outcome<List<GridStream>, Void> adding(List<GridStream> current, Set<UUID> alive,
                                                            Collection<GridStream> added) {
        List<GridStream> streams = living(current, alive);
        Set<String> held = new HashSet<>();
        streams.forEach(s -> held.add(s.id()));
        for (GridStream s : added) {
            if (held.add(s.id())) {
                streams.add(s);
            }
        }
        return streams.isEmpty() ? GridChange.Outcome.remove(null) : GridChange.Outcome.set(streams, TTL_MILLIS, null);
    }

    /** Removes a stream of the person; answers whether it was there. */
    CompletionStage<Boolean> remove(String subject, String streamId) {
        Set<UUID> alive = grid.members();
        return map().change(subject, current -> {
            List<GridStream> streams = living(current, alive);
            boolean found = streams.removeIf(s -> s.id().equals(streamId));
            if (!found && current != null && streams.size() == current.size()) {
                return GridChange.Outcome.keep(false);
            }
            return streams.isEmpty() ? GridChange.Outcome.remove(found)
                    : GridChange.Outcome.set(streams, TTL_MILLIS, found);
        });
    }

    /** Rewrites the person's entry with the streams this instance serves (a heartbeat), dropping dead instances' streams. */
    CompletionStage<Void> refresh(String subject, Collection<GridStream> served) {
        Set<UUID> alive = grid.members();
        UUID me = member();
        return map().change(subject, current -> {
            List<GridStream> streams = living(current, alive);
            streams.removeIf(s -> s.member().equals(me));
            streams.addAll(served);
            return streams.isEmpty() ? GridChange.Outcome.remove(null)
                    : GridChange.Outcome.set(streams, TTL_MILLIS, null);
        });
    }

    /** The person's open streams, oldest first; empty when the grid does not answer in time. */
    List<GridStream> of(String subject) {
        Set<UUID> alive = grid.members();
        return GridCalls.await(map().get(subject), Duration.ofSeconds(2), "open streams")
                .flatMap(found -> found)
                .map(streams -> living(streams, alive).stream()
                        .sorted(Comparator.comparingLong(GridStream::startedAt)).toList())
                .orElse(List.of());
    }

    private static List<GridStream> living(List<GridStream> current, Set<UUID> alive) {
        List<GridStream> streams = new ArrayList<>();
        if (current != null) {
            for (GridStream s : current) {
                if (alive.contains(s.member())) {
                    streams.add(s);
                }
            }
        }
        return streams;
    }
}
