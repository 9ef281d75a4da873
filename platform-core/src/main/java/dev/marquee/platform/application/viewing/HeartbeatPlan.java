package dev.marquee.platform.application.viewing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one heartbeat of the ledger writes to the grid entries of the people this instance serves. A stream
 * of an event without a limit waits {@code listAfter} before it is listed at all, so a viewer who looks in
 * and leaves costs the grid nothing; once due, it is added to its person's entry (at most
 * {@code maxListed} listed per person here; the rest are never listed). A person's entry is rewritten with
 * all their streams here unless one of their listed streams here was admitted within {@code rewrittenWithin}
 * (that admission wrote the entry, with its full time to live, moments ago). Moves each due stream from
 * {@link LocalViewing.Listing#WAITING} to listed or unlisted as it decides.
 */
final class HeartbeatPlan {

    /** One person's write: the whole entry's part from here ({@code rewrite}), or only the newly listed added. */
    record Step(String subject, boolean rewrite, List<LocalViewing> streams, List<LocalViewing> newlyListed) {
    }

    private HeartbeatPlan() {
    }

    static List<Step> decide(Collection<LocalViewing> open, long nowMillis, long listAfterMillis,
                             long rewrittenWithinMillis, int maxListed) {
        Map<String, List<LocalViewing>> listed = new LinkedHashMap<>();
        Map<String, List<LocalViewing>> due = new LinkedHashMap<>();
        for (LocalViewing v : open) {
            if (v.person() == null || v.closed()) {
                continue;
            }
            String subject = v.person().subject();
            if (v.listing() == LocalViewing.Listing.LISTED) {
                listed.computeIfAbsent(subject, k -> new ArrayList<>()).add(v);
            } else if (v.listing() == LocalViewing.Listing.WAITING && startedAt(v) <= nowMillis - listAfterMillis) {
                due.computeIfAbsent(subject, k -> new ArrayList<>()).add(v);
            }
        }
        List<Step> steps = new ArrayList<>();
        for (String subject : union(listed, due)) {
            List<LocalViewing> already = listed.getOrDefault(subject, List.of());
            List<LocalViewing> newly = listNow(due.getOrDefault(subject, List.of()), maxListed - already.size());
            boolean stale = !already.isEmpty()
                    && already.stream().mapToLong(HeartbeatPlan::startedAt).max().getAsLong()
                    < nowMillis - rewrittenWithinMillis;
            if (stale) {
                List<LocalViewing> all = new ArrayList<>(already);
                all.addAll(newly);
                steps.add(new Step(subject, true, all, newly));
            } else if (!newly.isEmpty()) {
                steps.add(new Step(subject, false, newly, newly));
            }
        }
        return steps;
    }

    private static List<LocalViewing> listNow(List<LocalViewing> due, int room) {
        List<LocalViewing> oldestFirst = new ArrayList<>(due);
        oldestFirst.sort(Comparator.comparingLong(HeartbeatPlan::startedAt));
        List<LocalViewing> newly = new ArrayList<>();
        for (LocalViewing v : oldestFirst) {
            if (newly.size() < room) {
                v.listing(LocalViewing.Listing.LISTED);
                newly.add(v);
            } else {
                v.listing(LocalViewing.Listing.UNLISTED);
            }
        }
        return newly;
    }

    private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
        List<String> subjects = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(subjects::add);
        return subjects;
    }

    private static long startedAt(LocalViewing v) {
        return v.row().startedAt().toEpochMilli();
    }
}
