package dev.marquee.platform.application.schedule.importing;

import java.util.Map;

/**
 * A previewed or applied import: the file's {@code digest} (SHA-256 hex, so an apply can insist on
 * the file it previewed), what was read, the room → stage mapping used (proposed, for a preview) and
 * the plan. {@code applied} says whether the plan was carried out.
 */
public record ImportOutcome(String digest, ParsedSchedule file, Map<String, Long> mapping, ImportPlan plan,
                            boolean applied) {

    /** "2 created, 1 updated, 0 removed, 1 kept by hand, 3 unchanged, 0 unmapped, 1 not readable". */
    public String summary() {
        Map<ChangeKind, Integer> counts = plan.counts();
        return counts.get(ChangeKind.CREATE) + " created, " + counts.get(ChangeKind.UPDATE) + " updated, "
                + counts.get(ChangeKind.REMOVE) + " removed, " + counts.get(ChangeKind.KEEP) + " kept by hand, "
                + counts.get(ChangeKind.UNCHANGED) + " unchanged, " + counts.get(ChangeKind.UNMAPPED) + " unmapped, "
                + file.problems().size() + " not readable";
    }
}
