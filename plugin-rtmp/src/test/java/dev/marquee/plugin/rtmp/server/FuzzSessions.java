package dev.marquee.plugin.rtmp.server;

import dev.marquee.plugin.rtmp.protocol.message.Abort;
import dev.marquee.plugin.rtmp.protocol.message.Acknowledgement;
import dev.marquee.plugin.rtmp.protocol.message.CommandMessage;
import dev.marquee.plugin.rtmp.protocol.message.DataMessage;
import dev.marquee.plugin.rtmp.protocol.message.MessageType;
import dev.marquee.plugin.rtmp.protocol.message.SetChunkSize;
import dev.marquee.plugin.rtmp.protocol.message.UserControl;
import dev.marquee.plugin.rtmp.protocol.message.WindowAckSize;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Client sessions for the fuzz test: a valid one of a random kind (publish with the right or a wrong
 * key, play with a valid or a forged token, connect and nothing more), as a list of segments (the
 * handshake, then one segment per message), then mutated: truncated, bits flipped, segments dropped,
 * repeated, swapped, garbage inserted, and crafted hostile chunks added (huge announced lengths, chunk
 * sizes from 0 to 2^31-1, unknown message types, aborts, tiny acknowledgement windows, dozens of chunk
 * streams, malformed aggregates and AMF).
 */
final class FuzzSessions {

    enum Kind { PUBLISH, WRONG_KEY, PLAY, FORGED_PLAY, CONNECT_ONLY }

    private FuzzSessions() {
    }

    /** A valid session of a random kind. */
    static List<byte[]> valid(Random random, Kind kind) {
        List<byte[]> segments = new ArrayList<>();
        try (ClientBytes client = new ClientBytes()) {
            if (random.nextBoolean()) {
                segments.add(ClientBytes.handshake());
            } else {
                segments.add(ClientBytes.c0c1());
                segments.add(ClientBytes.c2());
            }
            if (random.nextInt(3) == 0) {
                segments.add(client.message(new SetChunkSize(pick(random, 128, 1024, 4096, 60_000))));
            }
            segments.add(client.connect());
            if (random.nextBoolean()) {
                segments.add(client.message(new WindowAckSize(pick(random, 2_500_000, 5_000_000, 4096))));
            }
            switch (kind) {
                case PUBLISH, WRONG_KEY -> publish(random, client, segments, kind == Kind.PUBLISH ? TestContext.KEY : "x" + random.nextInt());
                case PLAY, FORGED_PLAY -> play(random, client, segments, kind == Kind.PLAY ? TestContext.PLAY_NAME
                        : "stage-" + TestContext.LIVE_STAGE + "?token=" + random.nextInt());
                case CONNECT_ONLY -> {
                    if (random.nextBoolean()) {
                        segments.add(client.createStream());
                    }
                }
            }
        }
        return segments;
    }

    private static void publish(Random random, ClientBytes client, List<byte[]> segments, String key) {
        segments.add(client.message(CommandMessage.of("releaseStream", 2, null, key)));
        segments.add(client.message(CommandMessage.of("FCPublish", 3, null, key)));
        segments.add(client.createStream());
        segments.add(client.publish(key));
        segments.add(client.message(new DataMessage(DataMessage.SET_DATA_FRAME, List.of(DataMessage.ON_METADATA,
                Map.of("width", 640.0, "height", 360.0, "framerate", 25.0, "videocodecid", 7.0)), ClientBytes.STREAM_ID, 0)));
        int packets = random.nextInt(30);
        for (int i = 0; i < packets; i++) {
            boolean video = random.nextBoolean();
            int length = random.nextInt(20) == 0 ? random.nextInt(300_000) : random.nextInt(2000);
            int first = video ? (random.nextInt(4) == 0 ? 0x17 : 0x27) : 0xAF;
            segments.add(client.media(video ? MessageType.VIDEO : MessageType.AUDIO, i * 40, length, first));
            if (random.nextInt(10) == 0) {
                segments.add(client.message(new Acknowledgement(random.nextInt())));
            }
            if (random.nextInt(15) == 0) {
                segments.add(client.message(UserControl.pingRequest(random.nextInt())));
            }
        }
        if (random.nextBoolean()) {
            segments.add(client.message(CommandMessage.of("FCUnpublish", 5, null, key)));
            segments.add(client.message(new CommandMessage("deleteStream", 6, null, List.of(1.0), 0)));
        }
    }

    private static void play(Random random, ClientBytes client, List<byte[]> segments, String name) {
        segments.add(client.createStream());
        segments.add(client.message(new CommandMessage("getStreamLength", 3, null, List.of(name), 0)));
        segments.add(client.play(name));
        segments.add(client.message(UserControl.setBufferLength(ClientBytes.STREAM_ID, 3000)));
        for (int i = random.nextInt(5); i > 0; i--) {
            segments.add(client.message(new Acknowledgement(random.nextInt())));
        }
        if (random.nextBoolean()) {
            segments.add(client.message(new CommandMessage("closeStream", 7, null, List.of(), ClientBytes.STREAM_ID)));
        }
    }

    /** Applies a few random mutations; sometimes none. */
    static List<byte[]> mutate(Random random, List<byte[]> segments) {
        List<byte[]> out = new ArrayList<>(segments);
        int mutations = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(4);
        for (int m = 0; m < mutations && !out.isEmpty(); m++) {
            int at = random.nextInt(out.size());
            switch (random.nextInt(9)) {
                case 0 -> out.set(at, flipBits(random, out.get(at)));
                case 1 -> out.set(at, java.util.Arrays.copyOf(out.get(at), random.nextInt(out.get(at).length + 1)));
                case 2 -> out.add(at, randomBytes(random, 1 + random.nextInt(300)));
                case 3 -> out.add(at, out.get(at).clone());
                case 4 -> out.remove(at);
                case 5 -> Collections.swap(out, at, random.nextInt(out.size()));
                default -> out.add(Math.min(at + 1, out.size()), crafted(random));
            }
        }
        if (random.nextInt(4) == 0) {
            byte[] all = concat(out);
            return List.of(java.util.Arrays.copyOf(all, random.nextInt(all.length + 1)));
        }
        return out;
    }

    /** A hostile chunk sequence, written by hand (not by the encoder). */
    static byte[] crafted(Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (random.nextInt(9)) {
            case 0 -> { // a message announced huge (or just over a budget), partly sent
                int length = pick(random, 0xFFFFFF, 8 * 1024 * 1024 + 1, 65_537, 40_000, random.nextInt(0x1000000));
                header(out, 3 + random.nextInt(60), length, pick(random, 8, 9, 18, 20, 22), 1);
                out.writeBytes(randomBytes(random, random.nextInt(2000)));
            }
            case 1 -> control(out, 1, pick(random, 0, -1, 1, 127, 65_536, 65_537, Integer.MAX_VALUE, random.nextInt()));
            case 2 -> { // an unknown or unusual type
                byte[] body = randomBytes(random, random.nextInt(100));
                header(out, 3 + random.nextInt(10), body.length, random.nextInt(256), random.nextInt(3));
                out.writeBytes(body);
            }
            case 3 -> control(out, 2, random.nextInt(70));
            case 4 -> control(out, 5, pick(random, 1, 2, 0, -1, random.nextInt()));
            case 5 -> { // dozens of chunk streams, each opened with a message left unfinished
                for (int csid = 10, last = 50 + random.nextInt(100); csid < last; csid++) {
                    header(out, csid, 1000, 9, 1);
                    out.writeBytes(randomBytes(random, 10));
                }
            }
            case 6 -> { // an aggregate whose inner sizes do not add up
                byte[] body = randomBytes(random, 11 + random.nextInt(60));
                body[0] = 9;
                header(out, 6, body.length, 22, 1);
                out.writeBytes(body);
            }
            case 7 -> { // a command whose AMF is garbage
                byte[] body = randomBytes(random, random.nextInt(120));
                if (body.length > 0) {
                    body[0] = (byte) pick(random, 2, 3, 8, 10, 12, 17);
                }
                header(out, 3, body.length, 20, 0);
                out.writeBytes(body);
            }
            default -> { // a continuation on a chunk stream that was never opened, or an extended timestamp
                out.write(0xC0 | (3 + random.nextInt(60)));
                out.writeBytes(randomBytes(random, random.nextInt(200)));
            }
        }
        return out.toByteArray();
    }

    private static void control(ByteArrayOutputStream out, int type, int value) {
        header(out, 2, 4, type, 0);
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }

    /** A type 0 chunk header. */
    private static void header(ByteArrayOutputStream out, int csid, int length, int type, int streamId) {
        if (csid < 64) {
            out.write(csid);
        } else {
            out.write(0);
            out.write(csid - 64);
        }
        out.write(0);
        out.write(0);
        out.write(0);
        out.write(length >>> 16);
        out.write(length >>> 8);
        out.write(length);
        out.write(type);
        out.write(streamId);
        out.write(streamId >>> 8);
        out.write(streamId >>> 16);
        out.write(streamId >>> 24);
    }

    static byte[] concat(List<byte[]> segments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        segments.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static byte[] flipBits(Random random, byte[] bytes) {
        byte[] copy = bytes.clone();
        for (int i = 1 + random.nextInt(8); i > 0 && copy.length > 0; i--) {
            int at = random.nextInt(copy.length);
            copy[at] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static int pick(Random random, int... values) {
        return values[random.nextInt(values.length)];
    }
}
