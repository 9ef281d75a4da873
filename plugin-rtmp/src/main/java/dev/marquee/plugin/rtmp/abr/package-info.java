/**
 * Adaptive bitrate: an rtmp stage's optional transcoding ladder (renditions of lower heights and bitrates),
 * the supervised ffmpeg child process that makes them from a live stream, the internal streams it publishes
 * back over loopback RTMP, and what the transcoding costs in CPU (measured while it runs, estimated before).
 */
package dev.marquee.plugin.rtmp.abr;
