package dev.marquee.plugin.twilio.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local Twilio Video REST API: Rooms (create, fetch, complete), Participants (fetch, disconnect)
 * and SubscribeRules (update), with Twilio's JSON field names and error format. Records every request.
 */
public final class TwilioStandIn implements AutoCloseable {

    /** One request as Twilio would have seen it: method, decoded path, form parameters, Authorization. */
    public record Recorded(String method, String path, Map<String, String> form, String authorization) {
    }

    private static final Pattern ROOM = Pattern.compile("/v1/Rooms/([^/]+)");
    private static final Pattern PARTICIPANT = Pattern.compile("/v1/Rooms/([^/]+)/Participants/([^/]+)");
    private static final Pattern RULES = Pattern.compile("/v1/Rooms/([^/]+)/Participants/([^/]+)/SubscribeRules");

    private final HttpServer server;
    private final List<Recorded> requests = new ArrayList<>();
    private final Map<String, Map<String, String>> rooms = new LinkedHashMap<>();
    private final List<String> participants = new ArrayList<>();
    /** When set, the next fetch of a room by name answers 404 once (another instance is creating it). */
    public volatile boolean raceOnCreate;
    private int sequence;

    public TwilioStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public synchronized List<Recorded> requests() {
        return List.copyOf(requests);
    }

    /** A room made elsewhere (another instance, the console). */
    public synchronized String addRoom(String uniqueName) {
        return create(uniqueName, "50");
    }

    public synchronized void addParticipant(String roomSid, String identity) {
        participants.add(roomSid + "/" + identity);
    }

    /** The SID of the in-progress room with this unique name, if any. */
    public synchronized String sidOf(String uniqueName) {
        Map<String, String> room = findInProgress(uniqueName);
        return room == null ? null : room.get("sid");
    }

    public synchronized String status(String roomSid) {
        return rooms.get(roomSid).get("status");
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> form = form(body);
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        requests.add(new Recorded(method, path, form, exchange.getRequestHeaders().getFirst("Authorization")));
        Matcher rules = RULES.matcher(path);
        Matcher participant = PARTICIPANT.matcher(path);
        Matcher room = ROOM.matcher(path);
        if (path.equals("/v1/Rooms") && method.equals("POST")) {
            String name = form.get("UniqueName");
            if (findInProgress(name) != null) {
                error(exchange, 400, 53113, "Room exists");
            } else {
                answer(exchange, 201, roomJson(rooms.get(create(name, form.get("MaxParticipants")))));
            }
        } else if (rules.matches() && !knownParticipant(rules.group(1), rules.group(2))) {
            error(exchange, 404, 20404, "The requested resource " + path.substring(3) + " was not found");
        } else if (rules.matches() && method.equals("POST")) {
            answer(exchange, 200, "{\"participant_sid\":\"PA1\",\"room_sid\":\"" + rules.group(1) + "\",\"rules\":"
                    + form.get("Rules") + ",\"date_created\":null,\"date_updated\":null}");
        } else if (participant.matches()) {
            Map<String, String> found = find(participant.group(1));
            String key = found == null ? null : found.get("sid") + "/" + participant.group(2);
            if (key == null || !participants.contains(key)) {
                error(exchange, 404, 20404, "The requested resource " + path.substring(3) + " was not found");
            } else {
                boolean gone = "disconnected".equals(form.get("Status"));
                if (gone) {
                    participants.remove(key);
                }
                answer(exchange, 200, "{\"sid\":\"PA" + participant.group(2).hashCode() + "\",\"room_sid\":\""
                        + found.get("sid") + "\",\"identity\":\"" + participant.group(2) + "\",\"status\":\""
                        + (gone ? "disconnected" : "connected") + "\",\"duration\":null,\"start_time\":null}");
            }
        } else if (room.matches()) {
            Map<String, String> found = raceOnCreate && method.equals("GET") ? null : find(room.group(1));
            raceOnCreate = false;
            if (found == null) {
                error(exchange, 404, 20404, "The requested resource /Rooms/" + room.group(1) + " was not found");
            } else {
                if ("completed".equals(form.get("Status"))) {
                    found.put("status", "completed");
                }
                answer(exchange, 200, roomJson(found));
            }
        } else {
            error(exchange, 404, 20404, "The requested resource " + path + " was not found");
        }
    }

    private boolean knownParticipant(String room, String identity) {
        Map<String, String> found = find(room);
        return found != null && participants.contains(found.get("sid") + "/" + identity);
    }

    private String create(String name, String max) {
        String sid = String.format("RM%032d", ++sequence);
        Map<String, String> room = new LinkedHashMap<>();
        room.put("sid", sid);
        room.put("unique_name", name);
        room.put("status", "in-progress");
        room.put("max_participants", max == null ? "50" : max);
        rooms.put(sid, room);
        return sid;
    }

    /** By SID (any status), or by unique name (in-progress rooms only), as Twilio does. */
    private Map<String, String> find(String sidOrName) {
        Map<String, String> bySid = rooms.get(sidOrName);
        return bySid != null ? bySid : findInProgress(sidOrName);
    }

    private Map<String, String> findInProgress(String name) {
        return rooms.values().stream().filter(r -> r.get("unique_name").equals(name))
                .filter(r -> r.get("status").equals("in-progress")).findFirst().orElse(null);
    }

    private static String roomJson(Map<String, String> room) {
        return "{\"account_sid\":\"ACtest\",\"sid\":\"" + room.get("sid") + "\",\"unique_name\":\"" + room.get("unique_name")
                + "\",\"status\":\"" + room.get("status") + "\",\"type\":\"group\",\"max_participants\":"
                + room.get("max_participants") + ",\"status_callback_method\":\"POST\",\"date_created\":\"2026-11-21T10:00:00Z\","
                + "\"url\":\"https://video.twilio.com/v1/Rooms/" + room.get("sid") + "\",\"links\":{}}";
    }

    private static void error(HttpExchange exchange, int status, int code, String message) throws IOException {
        answer(exchange, status, "{\"code\":" + code + ",\"message\":\"" + message
                + "\",\"more_info\":\"https://www.twilio.com/docs/errors/" + code + "\",\"status\":" + status + "}");
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                form.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }
}
