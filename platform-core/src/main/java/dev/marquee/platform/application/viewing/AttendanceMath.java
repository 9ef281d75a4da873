package dev.marquee.platform.application.viewing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The arithmetic of attendance, on viewings already reduced to {@link Watched} intervals. */
final class AttendanceMath {

    private AttendanceMath() {
    }

    /** The figures of the viewings, clipped to {@code [start, end)}. */
    static AttendanceFigures figures(List<Watched> viewings, long start, long end) {
        List<Watched> clipped = new ArrayList<>();
        for (Watched w : viewings) {
            Watched c = w.clip(start, end);
            if (c != null) {
                clipped.add(c);
            }
        }
        if (clipped.isEmpty()) {
            return AttendanceFigures.NONE;
        }
        Map<String, List<Watched>> byPerson = new HashMap<>();
        int anonymous = 0;
        long total = 0;
        for (Watched w : clipped) {
            if (w.subject() == null) {
                anonymous++;
                total += w.to() - w.from();
            } else {
                byPerson.computeIfAbsent(w.subject(), k -> new ArrayList<>()).add(w);
            }
        }
        for (List<Watched> own : byPerson.values()) {
            total += unionMillis(own);
        }
        int viewers = byPerson.size() + anonymous;
        return new AttendanceFigures(byPerson.size(), anonymous, peak(clipped),
                AttendanceFigures.minutes(total, viewers));
    }

    /** The most intervals open at one instant (one ending when another starts are not both open). */
    static int peak(List<Watched> viewings) {
        long[][] edges = new long[viewings.size() * 2][];
        int i = 0;
        for (Watched w : viewings) {
            edges[i++] = new long[] {w.from(), 1};
            edges[i++] = new long[] {w.to(), -1};
        }
        java.util.Arrays.sort(edges, Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
        int open = 0;
        int peak = 0;
        for (long[] e : edges) {
            open += (int) e[1];
            peak = Math.max(peak, open);
        }
        return peak;
    }

    /** How long at least one of the intervals is open. */
    static long unionMillis(List<Watched> viewings) {
        List<Watched> sorted = new ArrayList<>(viewings);
        sorted.sort(Comparator.comparingLong(Watched::from));
        long total = 0;
        long from = Long.MIN_VALUE;
        long to = Long.MIN_VALUE;
        for (Watched w : sorted) {
            if (w.from() > to) {
                total += to - from;
                from = w.from();
                to = w.to();
            } else {
                to = Math.max(to, w.to());
            }
        }
        return total + (to - from);
    }

    /**
     * Viewers over time: for each step from {@code start} (inclusive) to {@code end}, how many viewings
     * were open at some moment of it. At most {@code maxPoints} points: the step grows to fit.
     */
    static List<long[]> series(List<Watched> viewings, long start, long end, long minStep, int maxPoints) {
        List<long[]> points = new ArrayList<>();
        if (end <= start) {
            return points;
        }
        long step = Math.max(minStep, ceilTo((end - start + maxPoints - 1) / maxPoints, minStep));
        for (long t = start; t < end; t += step) {
            long bucketEnd = t + step;
            long count = 0;
            for (Watched w : viewings) {
                if (w.from() < bucketEnd && w.to() > t) {
                    count++;
                }
            }
            points.add(new long[] {t, count});
        }
        return points;
    }

    private static long ceilTo(long value, long unit) {
        return (value + unit - 1) / unit * unit;
    }
}
