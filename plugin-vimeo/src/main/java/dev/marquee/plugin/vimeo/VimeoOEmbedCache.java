package dev.marquee.plugin.vimeo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Remembers what Vimeo's oEmbed endpoint said, so playback never waits for Vimeo. A description is
 * kept for {@code keepFound}, a failure for {@code keepFailure} (a Vimeo that is down is asked again
 * only after that); one lookup per source runs at a time; at most {@code maxEntries} sources are
 * remembered, the least recently used forgotten first. While a stale description is refreshed, or
 * when the refresh fails, the last one found is still given. Thread-safe.
 */
final class VimeoOEmbedCache {

    private final Function<VimeoSource, CompletableFuture<Optional<VimeoOEmbed>>> fetch;
    private final Clock clock;
    private final Duration keepFound;
    private final Duration keepFailure;
    private final int maxEntries;
    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

    VimeoOEmbedCache(Function<VimeoSource, CompletableFuture<Optional<VimeoOEmbed>>> fetch, Clock clock,
                     Duration keepFound, Duration keepFailure, int maxEntries) {
        this.fetch = fetch;
        this.clock = clock;
        this.keepFound = keepFound;
        this.keepFailure = keepFailure;
        this.maxEntries = maxEntries;
    }

    /** What is known of the source now, without waiting; starts a lookup when nothing fresh is known. */
    Optional<VimeoOEmbed> known(VimeoSource source) {
        return entry(source).now();
    }

    /** The lookup of the source: the remembered answer, the one under way, or a new one. Never fails. */
    CompletableFuture<Optional<VimeoOEmbed>> lookup(VimeoSource source) {
        return entry(source).answer;
    }

    private synchronized Entry entry(VimeoSource source) {
        String key = source.pageUrl();
        Entry current = entries.get(key);
        if (current != null && !current.expired(clock.instant())) {
            return current;
        }
        Entry fresh = new Entry(fetch.apply(source), current == null ? Optional.empty() : current.now());
        entries.put(key, fresh);
        fresh.answer.thenAccept(found -> fresh.expiresAt = clock.instant()
                .plus(found.isPresent() ? keepFound : keepFailure));
        for (Iterator<Entry> oldest = entries.values().iterator(); entries.size() > maxEntries; ) {
            oldest.next();
            oldest.remove();
        }
        return fresh;
    }

    /** One source's lookup; {@code expiresAt} is set when the answer arrives. */
    private static final class Entry {

        final CompletableFuture<Optional<VimeoOEmbed>> answer;
        final Optional<VimeoOEmbed> previous;
        volatile Instant expiresAt = Instant.MAX;

        Entry(CompletableFuture<Optional<VimeoOEmbed>> answer, Optional<VimeoOEmbed> previous) {
            this.answer = answer.exceptionally(failure -> Optional.empty());
            this.previous = previous;
        }

        Optional<VimeoOEmbed> now() {
            Optional<VimeoOEmbed> found = answer.getNow(Optional.empty());
            return found.isPresent() ? found : previous;
        }

        boolean expired(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }
}
