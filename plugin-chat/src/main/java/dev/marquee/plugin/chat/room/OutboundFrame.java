package dev.marquee.plugin.chat.room;

import java.nio.charset.StandardCharsets;

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

    private OutboundFrame(String text, byte[] wire) {
        this.text = text;
        this.wire = wire;
    }

    /** Encodes the frame's text once. */
    public static OutboundFrame of(String text) {
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
        return new OutboundFrame(text, wire);
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
