/**
 * Viewing sessions: core's {@link dev.marquee.platform.spi.audience.ViewingLedger}
 * ({@link dev.marquee.platform.application.viewing.DefaultViewingLedger}), the cluster-wide view of open
 * streams that enforces the concurrent-stream limit ({@link dev.marquee.platform.application.viewing.OpenStreamsGrid}),
 * the batched journal that stores them ({@link dev.marquee.platform.application.viewing.ViewingJournal}) and
 * the attendance reports computed from what it stored ({@link dev.marquee.platform.application.viewing.AttendanceService}).
 */
package dev.marquee.platform.application.viewing;
