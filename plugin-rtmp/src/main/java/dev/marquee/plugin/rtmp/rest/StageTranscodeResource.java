package dev.marquee.plugin.rtmp.rest;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.plugin.rtmp.StreamHub;
import dev.marquee.plugin.rtmp.abr.CpuEstimate;
import dev.marquee.plugin.rtmp.abr.Ladder;
import dev.marquee.plugin.rtmp.abr.Renditions;
import dev.marquee.plugin.rtmp.abr.TranscodeConfig;
import dev.marquee.plugin.rtmp.abr.TranscodeRunner;
import dev.marquee.plugin.rtmp.abr.TranscodeSetting;
import dev.marquee.plugin.rtmp.abr.TranscodeTools;
import dev.marquee.plugin.rtmp.abr.Transcoding;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code GET|PUT /api/v1/stages/{id}/transcode}: an rtmp stage's adaptive-bitrate ladder (organizers): {@code
 * {"enabled", "encoder", "preset", "renditions": [{"name", "height", "videoKbps", "audioKbps"}]}}, with whether
 * ffmpeg runs here and the transcoder's status (state, restarts, last error, measured CPU). Switching it on is
 * refused with the reason when ffmpeg is missing here. {@code POST .../transcode/estimate} with a ladder
 * answers its CPU cost per rendition measured on this machine ({@link CpuEstimate}), before it is switched on.
 */
@Path("stages/{id}/transcode")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stages")
public class StageTranscodeResource {

    /** The body of a ladder. */
    public static class LadderBody {
        public Boolean enabled;
        public String encoder;
        public String preset;
        public List<RenditionBody> renditions;
    }

    /** One rendition of a ladder. */
    public static class RenditionBody {
        public String name;
        public Integer height;
        public Integer videoKbps;
        public Integer audioKbps;
    }

    @Inject
    RestreamAccess access;

    @Inject
    Transcoding transcoding;

    @Inject
    TranscodeRunner runner;

    @Inject
    TranscodeTools tools;

    @Inject
    TranscodeConfig config;

    @Inject
    StreamHub hub;

    @GET
    @Operation(summary = "An rtmp stage's adaptive-bitrate ladder, whether ffmpeg runs here, and the transcoder's "
            + "status with its measured CPU (organizers)")
    public Map<String, Object> get(@PathParam("id") long stageId) {
        access.requireOrganizer(stageId, "transcoding");
        return view(stageId, transcoding.of(stageId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set an rtmp stage's adaptive-bitrate ladder and switch it on or off (organizers); switching "
            + "on is refused with the reason when ffmpeg does not run on this server")
    public Map<String, Object> put(@PathParam("id") long stageId, LadderBody body) {
        access.requireOrganizer(stageId, "transcoding");
        LadderBody b = body == null ? new LadderBody() : body;
        TranscodeSetting saved = transcoding.save(stageId, inputs(b), b.encoder, b.preset, Boolean.TRUE.equals(b.enabled));
        runner.changed(stageId);
        return view(stageId, Optional.of(saved));
    }

    @POST
    @Path("estimate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Measure what a ladder would cost in CPU on this server, per rendition, before switching it "
            + "on (organizers; takes a few seconds)")
    public Map<String, Object> estimate(@PathParam("id") long stageId, LadderBody body) {
        access.requireOrganizer(stageId, "transcoding");
        LadderBody b = body == null ? new LadderBody() : body;
        Ladder ladder;
        try {
            ladder = Ladder.parse(inputs(b), b.encoder, b.preset, config.maxRenditions());
        } catch (Ladder.Invalid e) {
            throw Problem.invalidSettings("The transcoding ladder is not valid", e.errors());
        }
        var ffmpeg = tools.availability(ladder.encoder());
        if (!ffmpeg.available()) {
            throw Problem.conflict(ffmpeg.reason());
        }
        CpuEstimate.Estimate estimate;
        try {
            estimate = tools.estimate(ladder);
        } catch (IOException e) {
            throw Problem.conflict("The estimate could not be measured: " + e.getMessage());
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("reference", estimate.reference());
        view.put("decodePercent", estimate.decodePercent());
        view.put("renditions", estimate.renditions().stream()
                .map(c -> Map.of("name", c.rendition(), "cpuPercent", c.cpuPercent())).toList());
        view.put("totalPercent", estimate.totalPercent());
        view.put("cores", Runtime.getRuntime().availableProcessors());
        return view;
    }

    private Map<String, Object> view(long stageId, Optional<TranscodeSetting> setting) {
        Ladder ladder = setting.map(TranscodeSetting::ladder).orElse(null);
        String encoder = ladder == null ? Ladder.DEFAULT_ENCODER : ladder.encoder();
        return TranscodeView.of(stageId, ladder, setting.map(TranscodeSetting::enabled).orElse(false),
                tools.availability(encoder), runner.status(stageId),
                hub.renditions().live(stageId).stream().map(Renditions.Output::rendition).map(r -> r.name())
                        .collect(Collectors.toSet()), config.maxRenditions());
    }

    private static List<Ladder.Input> inputs(LadderBody b) {
        return b.renditions == null ? null : b.renditions.stream()
                .map(r -> r == null ? null : new Ladder.Input(r.name, r.height, r.videoKbps, r.audioKbps)).toList();
    }
}
