package dev.marquee.platform.domain.model.ticketing;

/** What an import did, row by row; {@code missing} counts tickets no longer in a full export (kept, not deleted). */
public record ImportCounts(int rowsRead, int created, int updated, int cancelled, int unchanged, int missing,
                           int rejected) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0, 0);

    public ImportCounts plus(ImportCounts o) {
        return new ImportCounts(rowsRead + o.rowsRead, created + o.created, updated + o.updated,
                cancelled + o.cancelled, unchanged + o.unchanged, missing + o.missing, rejected + o.rejected);
    }
}
