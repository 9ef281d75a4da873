package dev.marquee.platform.application.ticketing;

import dev.marquee.platform.domain.model.ticketing.ImportCounts;
import dev.marquee.platform.domain.model.ticketing.RejectedRow;

import java.util.List;

/** What applying one chunk of changed rows did. */
record ChunkResult(ImportCounts counts, List<RejectedRow> rejected) {
}
