package dev.marquee.plugin.rtmp.abr;

/** A stage's transcoding: its ladder and whether it runs while the stage is live. */
public record TranscodeSetting(long stageId, Ladder ladder, boolean enabled) {
}
