package dev.marquee.platform.application.viewing;

/** One viewing reduced to what attendance needs: who (null: a guest), which stage, from and to (epoch ms). */
record Watched(String subject, long stageId, long from, long to) {

    /** This viewing within {@code [start, end)}, or null when it does not overlap. */
    Watched clip(long start, long end) {
        long f = Math.max(from, start);
        long t = Math.min(to, end);
        return f < t ? new Watched(subject, stageId, f, t) : null;
    }
}
