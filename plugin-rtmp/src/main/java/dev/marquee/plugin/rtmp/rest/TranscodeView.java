package dev.marquee.plugin.rtmp.rest;

import dev.marquee.plugin.rtmp.abr.FfmpegTool;
import dev.marquee.plugin.rtmp.abr.Ladder;
import dev.marquee.plugin.rtmp.abr.Rendition;
import dev.marquee.plugin.rtmp.abr.TranscoderStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A stage's transcoding as the API shows it: the ladder, whether it is on, ffmpeg here, the transcoder's status. */
final class TranscodeView {

    private TranscodeView() {
    }

    static Map<String, Object> of(long stageId, Ladder ladder, boolean enabled, FfmpegTool.Availability ffmpeg,
            TranscoderStatus status, Set<String> live, int maxRenditions) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("stageId", stageId);
        view.put("enabled", enabled);
        view.put("encoder", ladder == null ? Ladder.DEFAULT_ENCODER : ladder.encoder());
        view.put("preset", ladder == null ? Ladder.DEFAULT_PRESET : ladder.preset());
        List<Map<String, Object>> renditions = new ArrayList<>();
        if (ladder != null) {
            for (Rendition r : ladder.renditions()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("name", r.name());
                item.put("height", r.height());
                item.put("videoKbps", r.videoKbps());
                item.put("audioKbps", r.audioKbps());
                item.put("live", live.contains(r.name()));
                renditions.add(item);
            }
        }
        view.put("renditions", renditions);
        view.put("maxRenditions", maxRenditions);
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("available", ffmpeg.available());
        tool.put("reason", ffmpeg.available() ? null : ffmpeg.reason());
        view.put("ffmpeg", tool);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("state", status.state().name().toLowerCase(Locale.ROOT));
        s.put("since", status.since() == null ? null : status.since().toString());
        s.put("restarts", status.restarts());
        s.put("lastError", status.lastError());
        s.put("cpuPercent", status.cpuPercent() < 0 ? null : status.cpuPercent());
        view.put("status", s);
        return view;
    }
}
