/**
 * Recording live streams and serving replays. A media provider hands a stream's fragmented MP4 to the
 * {@link dev.marquee.platform.application.recording.RecorderService}; each recording is written by a
 * {@link dev.marquee.platform.application.recording.RecordingLane} on core's threads into the configured
 * {@link dev.marquee.platform.spi.recording.RecordingStore}, segment by segment, and indexed in the
 * database after each object is stored, so a crash loses at most the segment being written. The
 * {@link dev.marquee.platform.application.recording.ReplayService} cuts each scheduled session's replay
 * out of the index as a VOD playlist, without re-encoding; the
 * {@link dev.marquee.platform.application.recording.RecordingSweep} closes recordings whose instance
 * died, applies retention and announces replays.
 */
package dev.marquee.platform.application.recording;
