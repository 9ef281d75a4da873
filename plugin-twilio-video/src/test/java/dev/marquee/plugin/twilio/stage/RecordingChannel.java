package dev.marquee.plugin.twilio.stage;

import dev.marquee.platform.spi.stage.StageChannel;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** A stage channel that records every frame: to the stage (connection "*") or to one connection. */
public final class RecordingChannel implements StageChannel {

    /** One frame sent. */
    public record Sent(String to, JsonObject frame) {
        public String type() {
            return frame.getString("type");
        }
    }

    private final List<Sent> sent = new ArrayList<>();

    @Override
    public synchronized void toStage(long stageId, String frame) {
        sent.add(new Sent("*", parse(frame)));
    }

    @Override
    public synchronized void toMember(String connectionId, String frame) {
        sent.add(new Sent(connectionId, parse(frame)));
    }

    @Override
    public synchronized void toSubject(long stageId, String subject, String frame) {
        sent.add(new Sent("subject:" + subject, parse(frame)));
    }

    @Override
    public synchronized void disconnect(String connectionId, String reason) {
        sent.add(new Sent(connectionId, Json.createObjectBuilder().add("type", "closed").build()));
    }

    /** Frames to one connection (or "*" for the stage), oldest first. */
    public synchronized List<JsonObject> to(String connection) {
        return sent.stream().filter(s -> s.to().equals(connection)).map(Sent::frame).toList();
    }

    /** The latest frame of a type to a connection. */
    public synchronized JsonObject last(String connection, String type) {
        List<JsonObject> frames = to(connection).stream().filter(f -> f.getString("type").equals(type)).toList();
        if (frames.isEmpty()) {
            throw new AssertionError("No " + type + " frame to " + connection + "; got " + to(connection));
        }
        return frames.get(frames.size() - 1);
    }

    public synchronized List<String> types(String connection) {
        return to(connection).stream().map(f -> f.getString("type")).toList();
    }

    public synchronized void clear() {
        sent.clear();
    }

    private static JsonObject parse(String frame) {
        return Json.createReader(new StringReader(frame)).readObject();
    }
}
