package dev.marquee.plugin.rtmp.abr;

import dev.marquee.plugin.rtmp.hls.HlsSegmenter;
import dev.marquee.plugin.rtmp.llhls.LlHlsWindow;
import dev.marquee.plugin.rtmp.media.LiveStream;
import dev.marquee.plugin.rtmp.media.Publisher;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The internal streams of this instance: the renditions transcoders publish back over loopback RTMP. A
 * transcoder run asks for one publish key per rendition ({@link #issue}): {@value #KEY_PREFIX} and 256 random
 * bits, held only in memory, good for one publish from a loopback address, withdrawn when the run ends. A
 * rendition stream is never a stage's stream: it is not announced, not recorded, not coached, and each gets
 * its own HLS and LL-HLS output ({@link Packaging}), kept until its transcoder stops.
 */
public final class Renditions {

    public static final String KEY_PREFIX = "abr-";

    /** Opens a rendition stream's HLS and LL-HLS output and subscribes it to the stream. */
    @FunctionalInterface
    public interface Packaging {
        Outputs open(LiveStream stream, String label);
    }

    /** A rendition stream's playback outputs; {@code llhls} is null when LL-HLS is off. */
    public record Outputs(HlsSegmenter hls, LlHlsWindow llhls) {
    }

    /** A rendition on air (or its latest stream, ended, until its transcoder stops). */
    public record Output(long stageId, Rendition rendition, LiveStream stream, Outputs outputs) {
        public boolean live() {
            return !stream.ended();
        }
    }

    private record Issued(long stageId, Rendition rendition) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();
    private final Map<Long, Map<String, Output>> outputs = new ConcurrentHashMap<>();
    private final Clock clock;
    private final long maxGopBytes;
    private final Packaging packaging;

    public Renditions(Clock clock, long maxGopBytes, Packaging packaging) {
        this.clock = clock;
        this.maxGopBytes = maxGopBytes;
        this.packaging = packaging;
    }

    /** A fresh one-time publish key for the stage's rendition. */
    public String issue(long stageId, Rendition rendition) {
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        String key = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        issued.put(key, new Issued(stageId, rendition));
        return key;
    }

    /** Withdraws keys not used yet. */
    public void withdraw(List<String> keys) {
        keys.forEach(issued::remove);
    }

    /** Whether a publish name is meant as an internal stream's (and so is never looked up as a stream key). */
    public static boolean internal(String key) {
        return key.startsWith(KEY_PREFIX);
    }

    /**
     * Starts the rendition stream a key was issued for, once; empty for any other key. The previous stream of
     * the same rendition, if still on, is ended first.
     */
    public Optional<LiveStream> start(String key, Publisher publisher) {
        Issued claim = issued.remove(key);
        if (claim == null) {
            return Optional.empty();
        }
        LiveStream stream = new LiveStream(claim.stageId(), publisher, clock.instant(), maxGopBytes);
        Outputs out = packaging.open(stream, "stage " + claim.stageId() + " rendition " + claim.rendition().name());
        Output previous = outputs.computeIfAbsent(claim.stageId(), id -> new ConcurrentHashMap<>())
                .put(claim.rendition().name(), new Output(claim.stageId(), claim.rendition(), stream, out));
        if (previous != null) {
            previous.stream().end();
        }
        return Optional.of(stream);
    }

    /** The rendition's publisher is gone. */
    public void stop(LiveStream stream) {
        stream.end();
    }

    /** Forgets the stage's renditions (its transcoder stopped); their streams end. */
    public void clear(long stageId) {
        Map<String, Output> gone = outputs.remove(stageId);
        if (gone != null) {
            gone.values().forEach(o -> o.stream().end());
        }
        issued.values().removeIf(i -> i.stageId() == stageId);
    }

    /** The stage's renditions on air, highest first. */
    public List<Output> live(long stageId) {
        Map<String, Output> of = outputs.get(stageId);
        if (of == null) {
            return List.of();
        }
        return of.values().stream().filter(Output::live)
                .sorted(Comparator.comparingInt((Output o) -> o.rendition().height()).reversed()).toList();
    }

    /** The rendition of that name (on air, or its latest stream until the transcoder stops). */
    public Optional<Output> find(long stageId, String name) {
        Map<String, Output> of = outputs.get(stageId);
        return of == null ? Optional.empty() : Optional.ofNullable(of.get(name));
    }

    /** Ends everything (shutdown). */
    public void stopAll() {
        List.copyOf(outputs.keySet()).forEach(this::clear);
        issued.clear();
    }
}
