/**
 * Recording: where recorded media is kept ({@link dev.marquee.platform.spi.recording.RecordingStore},
 * a plugin kind: the directory store is built in, an S3-compatible one is a plugin) and how a media
 * provider hands a live stream's fragmented MP4 to core ({@link dev.marquee.platform.spi.recording.Recorder}).
 * Core keeps the index of every recording in its database and cuts replays out of it.
 *
 * @since 0.1.0
 */
package dev.marquee.platform.spi.recording;
