package dev.marquee.plugin.chat.room;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.marquee.plugin.chat.JsonSupport.JSON;

/**
 * A server frame encoded once, however many clients it goes to: its JSON text, and the same text as a
 * complete WebSocket text frame (RFC 6455 §5.2: final, opcode 1, unmasked as server frames are, the
 * payload in UTF-8). A broadcast puts the same instance in every connection's queue, so a backlog of
 * queued frames shares their bytes instead of copying them per client.
 */
public final class OutboundFrame {

    private static final int FIN_TEXT = 0x81;

    private final String text;
    private final byte[] wire;
    private final String sumsType;

    private OutboundFrame(String text, byte[] wire, String sumsType) {
        this.text = text;
        this.wire = wire;
        this.sumsType = sumsType;
    }

    /** Encodes the frame's text once. */
    public static OutboundFrame of(String text) {
        return new OutboundFrame(text, wire(text), null);
    }

    /**
     * A frame of counts ({@code {"type": ..., "counts": {key: integer}}}) that a connection adds into an
     * unsent one of its type ({@link #plus}); a text without a type or counts is an ordinary frame.
     */
    public static OutboundFrame summing(String text) {
        String type = null;
        try {
            JsonObject json = JSON.createReader(new StringReader(text)).readObject();
            if (json.get("counts") instanceof JsonObject && json.get("type") instanceof JsonString t) {
                type = t.getString();
            }
        } catch (JsonException | ClassCastException e) {
            // not a frame of counts: sent as it is
        }
        return new OutboundFrame(text, wire(text), type);
    }

    /** The type under which this frame's counts add up, or null for an ordinary frame. */
    public String sumsType() {
        return sumsType;
    }

    /**
     * This frame of counts with {@code later}'s added (same {@link #sumsType}): each key's numbers summed,
     * the other members as {@code later} has them.
     */
    public OutboundFrame plus(OutboundFrame later) {
        JsonObject mine = JSON.createReader(new StringReader(text)).readObject().getJsonObject("counts");
        JsonObject next = JSON.createReader(new StringReader(later.text)).readObject();
        Map<String, Long> sums = new LinkedHashMap<>();
        for (JsonObject counts : List.of(mine, next.getJsonObject("counts"))) {
            counts.forEach((key, value) -> {
                if (value instanceof JsonNumber n) {
                    sums.merge(key, n.longValue(), Long::sum);
                }
            });
        }
        JsonObjectBuilder summed = JSON.createObjectBuilder();
        sums.forEach(summed::add);
        return summing(JSON.createObjectBuilder(next).add("counts", summed).build().toString());
    }

    private static byte[] wire(String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        int n = payload.length;
        int head = n <= 125 ? 2 : n <= 0xFFFF ? 4 : 10;
        byte[] wire = new byte[head + n];
        wire[0] = (byte) FIN_TEXT;
        if (head == 2) {
            wire[1] = (byte) n;
        } else if (head == 4) {
            wire[1] = 126;
            wire[2] = (byte) (n >>> 8);
            wire[3] = (byte) n;
        } else {
            wire[1] = 127;
            for (int i = 0; i < 8; i++) {
                wire[2 + i] = (byte) ((long) n >>> (56 - 8 * i));
            }
        }
        System.arraycopy(payload, 0, wire, head, n);
        return wire;
    }

    /** The JSON text, for writers that frame it themselves (the standard WebSocket API). */
    public String text() {
        return text;
    }

    /** The complete frame as it goes on the wire. Shared: never modify it. */
    public byte[] wire() {
        return wire;
    }

    /** Bytes this frame takes on the wire, what a connection's send budget counts. */
    public int size() {
        return wire.length;
    }
}
