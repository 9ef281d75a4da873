package dev.marquee.platform.interfaces.rest.ticketing;

import dev.marquee.platform.domain.model.ticketing.ImportCounts;
import dev.marquee.platform.domain.model.ticketing.ImportRun;
import dev.marquee.platform.domain.model.ticketing.RejectedRow;

import java.time.Instant;
import java.util.List;

/**
 * An import run's summary: {@code rowsRead, created, updated, cancelled, unchanged, rejected[{line, reason}]}
 * as the contract says, plus its status, {@code missing} (tickets no longer in the export, kept) and
 * {@code rejectedCount} (all of them; {@code rejected} lists the first 200).
 */
public record ImportRunView(long id, long eventId, String sourceType, String trigger, String status,
                            Instant startedAt, Instant finishedAt, int rowsRead, int created, int updated,
                            int cancelled, int unchanged, int missing, int rejectedCount, List<RejectedRow> rejected,
                            String error) {

    static ImportRunView of(ImportRun run) {
        ImportCounts c = run.counts();
        return new ImportRunView(run.id(), run.eventId(), run.sourceType(), run.trigger().name(), run.status().name(),
                run.startedAt(), run.finishedAt(), c.rowsRead(), c.created(), c.updated(), c.cancelled(),
                c.unchanged(), c.missing(), c.rejected(), run.rejected(), run.error());
    }
}
