package dev.marquee.plugin.chat.group;

import dev.marquee.plugin.chat.room.RateLimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per person for everything they write in group chats (messages, new groups), with the
 * stage chat's burst and rate. At most {@code maxTracked} people are remembered: past that the buckets
 * start over, so memory stays bounded whatever happens.
 */
public final class PersonRates {

    private final Map<String, RateLimit> buckets = new ConcurrentHashMap<>();
    private final double burst;
    private final double perSecond;
    private final int maxTracked;

    public PersonRates(double burst, double perSecond, int maxTracked) {
        this.burst = burst;
        this.perSecond = perSecond;
        this.maxTracked = maxTracked;
    }

    /** Takes a token for the person; 0 when they may go ahead, else the seconds until they may. */
    public double take(String subject, long nowNanos) {
        if (buckets.size() >= maxTracked && !buckets.containsKey(subject)) {
            buckets.clear();
        }
        RateLimit bucket = buckets.computeIfAbsent(subject, s -> new RateLimit(burst, perSecond, nowNanos));
        return bucket.tryTake(nowNanos) ? 0 : Math.max(0.1, bucket.secondsToNext());
    }

    int tracked() {
        return buckets.size();
    }
}
