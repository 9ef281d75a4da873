package dev.marquee.platform.spi.audience;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.util.List;

/**
 * A refused playback: the person already watches {@code limit} streams of the event. {@link #toJson}
 * is the body of the 429 answer, {@code {"error":"too_many_streams","detail","limit","streams":[...]}}.
 *
 * @since 0.1.0
 */
public record TooManyStreams(int limit, List<OpenStream> streams) {

    public static final String ERROR = "too_many_streams";

    public TooManyStreams {
        streams = List.copyOf(streams);
    }

    /** "You are watching on 2 devices: Main Stage on Firefox, Workshops on iPhone — stop one?" */
    public String detail() {
        StringBuilder text = new StringBuilder("You are watching on ").append(streams.size())
                .append(streams.size() == 1 ? " device: " : " devices: ");
        for (int i = 0; i < streams.size(); i++) {
            OpenStream s = streams.get(i);
            text.append(i == 0 ? "" : ", ").append(s.stageName()).append(" on ").append(s.device());
        }
        return text.append(" — stop one?").toString();
    }

    public JsonObject toJson() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (OpenStream s : streams) {
            list.add(Json.createObjectBuilder().add("id", s.id()).add("stage", s.stageId())
                    .add("stageName", s.stageName()).add("device", s.device())
                    .add("startedAt", s.startedAt().toString()));
        }
        return Json.createObjectBuilder().add("error", ERROR).add("detail", detail()).add("limit", limit)
                .add("streams", list).build();
    }
}
