package dev.marquee.plugin.interaction.live;

import dev.marquee.platform.infrastructure.security.LocalRateLimiter;
import dev.marquee.platform.infrastructure.security.RateLimiter;
import dev.marquee.plugin.interaction.domain.InteractionSettings;
import dev.marquee.plugin.interaction.domain.ReactionWindow;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Emoji clicks: one of the stage's set, at most {@code reactions-per-second} per person (the rest dropped
 * without a word), summed into the current {@link ReactionWindow}; the {@link Pulse} turns each stage's
 * sums into one {@code reaction.burst} per interval. Never blocks. Thread-safe.
 */
@ApplicationScoped
public class Reactions {

    @Inject
    @ConfigProperty(name = "marquee.interaction.reactions-per-second", defaultValue = "5")
    int perSecond;

    private final ReactionWindow window = new ReactionWindow();
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
        window.add(stageId, emoji);
        return true;
    }

    /** Hands each stage's sums since the last call to {@code burst}. */
    void drain(BiConsumer<Long, Map<String, Integer>> burst) {
        window.drain(burst);
    }
}
