/**
 * Restreaming (simulcast): an rtmp stage's stream pushed, as it arrives and without re-encoding, to other
 * RTMP or RTMPS servers (YouTube, Twitch, another Marquee) while the stage is live. The targets and their
 * sealed stream keys are stored here ({@link dev.marquee.plugin.rtmp.restream.Restreams}); each enabled
 * target of a stage live on this instance gets a {@link dev.marquee.plugin.rtmp.restream.Push} that
 * reconnects with backoff and never slows the stage or the other targets.
 */
package dev.marquee.plugin.rtmp.restream;
