package dev.marquee.plugin.rtmp.rest;

import dev.marquee.platform.spi.settings.SettingsSchema;
import dev.marquee.plugin.rtmp.restream.RestreamStatus;
import dev.marquee.plugin.rtmp.restream.RestreamTarget;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A restream target as the API shows it: the key always masked, the status of its push on this instance. */
final class RestreamView {

    private RestreamView() {
    }

    static Map<String, Object> of(RestreamTarget target, RestreamStatus status) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", target.id());
        view.put("stageId", target.stageId());
        view.put("url", target.url().text());
        view.put("key", SettingsSchema.MASK);
        view.put("keyStored", target.key() != null);
        view.put("enabled", target.enabled());
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("state", status.state().name().toLowerCase(Locale.ROOT));
        s.put("bitrate", status.bitrate());
        s.put("lastError", status.lastError());
        s.put("since", status.since() == null ? null : status.since().toString());
        s.put("bytesSent", status.bytesSent());
        s.put("reconnects", status.reconnects());
        s.put("droppedPackets", status.droppedPackets());
        view.put("status", s);
        return view;
    }
}
