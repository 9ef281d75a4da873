package dev.marquee.platform.application.ticketing;

import dev.marquee.platform.domain.model.ticketing.ImportCounts;
import dev.marquee.platform.domain.model.ticketing.RejectedRow;

import java.util.List;
import java.util.Map;

/** What applying one chunk of changed rows did, and the attendees it created (id by email). */
record ChunkResult(ImportCounts counts, List<RejectedRow> rejected, Map<String, Long> newAttendees) {

    ChunkResult(ImportCounts counts, List<RejectedRow> rejected) {
        this(counts, rejected, Map.of());
    }
}
