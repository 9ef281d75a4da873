package dev.marquee.plugin.rtmp.restream;

/**
 * A restream target as pushes use it: the parsed address and the stream key in the clear (held in memory
 * only while needed; {@link #toString()} leaves it out).
 */
public record RestreamTarget(long id, long stageId, RestreamUrl url, String key, boolean enabled) {

    @Override
    public String toString() {
        return "RestreamTarget[id=" + id + ", stage=" + stageId + ", url=" + url.text() + ", enabled=" + enabled + "]";
    }
}
