package dev.marquee.platform.application.ticketing;

import dev.marquee.platform.domain.model.ticketing.ImportCounts;
import dev.marquee.platform.domain.model.ticketing.ImportRun;
import dev.marquee.platform.domain.model.ticketing.RejectedRow;
import dev.marquee.platform.spi.ticketing.TicketRecord;
import dev.marquee.platform.spi.ticketing.TicketSink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The sink a ticket source writes into during one run: counts rows, skips unchanged ones by their
 * fingerprint without touching the database, rejects a ticket id seen twice in one export and records
 * that cannot make an attendee ({@link TicketRows}), and hands
 * new or changed rows to {@code apply} in chunks. Reasons name lines, never a row's values: the rows
 * may come from any server an organizer pointed a source at.
 */
final class ImportCollector implements TicketSink {

    static final int CHUNK = 500;

    private final Map<String, String> known;
    private final Function<List<TicketRecord>, ChunkResult> apply;
    private final Runnable onChunk;
    private java.util.function.Consumer<Map<String, Long>> onCreated = m -> { };
    private final Map<String, Long> seen = new HashMap<>();
    private final List<TicketRecord> pending = new ArrayList<>(CHUNK);
    private final List<RejectedRow> rejections = new ArrayList<>();
    private ImportCounts counts = ImportCounts.NONE;

    ImportCollector(Map<String, String> known, Function<List<TicketRecord>, ChunkResult> apply, Runnable onChunk) {
        this.known = known;
        this.apply = apply;
        this.onChunk = onChunk;
    }

    @Override
    public void accept(TicketRecord reported) {
        String rejection = TicketRows.rejection(reported);
        if (rejection != null) {
            reject(reported.line(), rejection, true);
            return;
        }
        TicketRecord record = TicketRows.fitted(reported);
        counts = counts.plus(new ImportCounts(1, 0, 0, 0, 0, 0, 0));
        Long firstLine = seen.putIfAbsent(record.ticketId(), record.line());
        if (firstLine != null) {
            reject(record.line(), "the ticket id appears again (first on line " + firstLine + ")", false);
            return;
        }
        if (RowFingerprint.of(record).equals(known.get(record.ticketId()))) {
            counts = counts.plus(new ImportCounts(0, 0, 0, 0, 1, 0, 0));
            return;
        }
        pending.add(record);
        if (pending.size() >= CHUNK) {
            flush();
        }
    }

    @Override
    public void reject(long line, String reason) {
        reject(line, reason, true);
    }

    private void reject(long line, String reason, boolean countRow) {
        counts = counts.plus(new ImportCounts(countRow ? 1 : 0, 0, 0, 0, 0, 0, 1));
        if (rejections.size() < ImportRun.KEPT_REJECTIONS) {
            rejections.add(new RejectedRow(line, reason));
        }
    }

    /** Who learns of the attendees each chunk created (to skip lookups in later chunks). */
    void onAttendeesCreated(java.util.function.Consumer<Map<String, Long>> listener) {
        this.onCreated = listener;
    }

    /** Applies what is pending. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        ChunkResult result = apply.apply(List.copyOf(pending));
        pending.clear();
        counts = counts.plus(result.counts());
        onCreated.accept(result.newAttendees());
        for (RejectedRow row : result.rejected()) {
            if (rejections.size() < ImportRun.KEPT_REJECTIONS) {
                rejections.add(row);
            }
        }
        onChunk.run();
    }

    /** Counts the known tickets this (complete) export no longer lists. */
    void countMissing() {
        long missing = known.keySet().stream().filter(id -> !seen.containsKey(id)).count();
        counts = counts.plus(new ImportCounts(0, 0, 0, 0, 0, (int) missing, 0));
    }

    ImportCounts counts() {
        return counts;
    }

    List<RejectedRow> rejections() {
        return List.copyOf(rejections);
    }
}
