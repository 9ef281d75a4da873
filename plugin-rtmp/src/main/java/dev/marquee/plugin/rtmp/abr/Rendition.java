package dev.marquee.plugin.rtmp.abr;

/**
 * One rung of a ladder: its name (in playback addresses, e.g. {@code 360p}), the picture height (the width
 * follows the source's aspect ratio), and the video and audio bitrates in kbit/s. Only built by
 * {@link Ladder#parse}, so every field has passed {@link LadderRules}.
 */
public record Rendition(String name, int height, int videoKbps, int audioKbps) {

    /** What a player is told the rendition needs at most (BANDWIDTH): its bitrates with 10 % for the container. */
    public long bandwidth() {
        return Math.round((videoKbps + audioKbps) * 1000L * 1.1);
    }
}
