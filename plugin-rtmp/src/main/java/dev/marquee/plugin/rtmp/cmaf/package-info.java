/**
 * One packager for low-latency delivery: a live stream's H.264 or HEVC (legacy or enhanced RTMP) and AAC cut into fragmented MP4 (an init
 * segment, then parts of about 250 ms grouped into segments of about 2 s at keyframes).
 * {@link dev.marquee.plugin.rtmp.cmaf.CmafPackager} is the entry point, one per live stream; its
 * output goes to a {@link dev.marquee.plugin.rtmp.cmaf.CmafListener} (LL-HLS today, recording next)
 * as each piece is finished. The box writers are in {@code cmaf.box}.
 */
package dev.marquee.plugin.rtmp.cmaf;
