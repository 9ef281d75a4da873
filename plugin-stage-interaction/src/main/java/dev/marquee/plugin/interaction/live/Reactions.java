package dev.marquee.plugin.interaction.live;

import dev.marquee.platform.spi.security.LocalRateLimiter;
import dev.marquee.platform.spi.security.RateLimiter;
import dev.marquee.plugin.interaction.domain.InteractionSettings;
import dev.marquee.plugin.interaction.domain.ReactionWindow;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Emoji clicks: one of the stage's set, at most {@code reactions-per-second} per person on this instance
 * (the rest dropped without a word), summed here, on the instance the clicker is connected to. Every
 * interval the {@link Pulse} relays this instance's sums to each stage's owner ({@link #drainHere}), which
 * adds them to the stage's window ({@link #owned}) and turns it into one {@code reaction.burst} for
 * everyone ({@link #drainOwned}). So a click costs no grid message, and an instance sends each stage's
 * owner at most one message per interval. Never blocks. Thread-safe.
 */
@ApplicationScoped
public class Reactions {

    @Inject
    @ConfigProperty(name = "marquee.interaction.reactions-per-second", defaultValue = "5")
    int perSecond;

    /** Largest count one relay may carry per emoji: more clicks than any interval can hold. */
    static final int MAX_RELAYED = 10_000_000;

    private final ReactionWindow here = new ReactionWindow();
    private final ReactionWindow owned = new ReactionWindow();
    private RateLimiter limit;

    @PostConstruct
    void limits() {
        limit = new LocalRateLimiter(perSecond, Duration.ofSeconds(1), 200_000, Clock.systemUTC());
    }

    /** Counts a click when the stage takes reactions, the emoji is in its set and the person is within the limit. */
    public boolean click(InteractionSettings settings, long stageId, String subject, String emoji) {
        if (!settings.reactionsEnabled() || emoji == null || !settings.reactionSet().contains(emoji)) {
            return false;
        }
        if (!limit.acquire(stageId + ":" + subject).isZero()) {
            return false;
        }
        here.add(stageId, emoji);
        return true;
    }

    /** On the stage's owner: sums some instance (this one too) relayed; an emoji outside the set or an absurd count is dropped. */
    void owned(InteractionSettings settings, long stageId, Map<String, Integer> counts) {
        Map<String, Integer> kept = new HashMap<>();
        counts.forEach((emoji, n) -> {
            if (settings.reactionSet().contains(emoji) && n != null && n > 0 && n <= MAX_RELAYED) {
                kept.put(emoji, n);
            }
        });
        if (settings.reactionsEnabled() && !kept.isEmpty()) {
            owned.addAll(stageId, kept);
        }
    }

    /** Hands this instance's sums per stage since the last call to {@code relay} (to go to each stage's owner). */
    void drainHere(BiConsumer<Long, Map<String, Integer>> relay) {
        here.drain(relay);
    }

    /** Hands each owned stage's sums since the last call to {@code burst}. */
    void drainOwned(BiConsumer<Long, Map<String, Integer>> burst) {
        owned.drain(burst);
    }
}
