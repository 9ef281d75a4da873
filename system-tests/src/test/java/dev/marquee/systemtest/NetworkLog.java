package dev.marquee.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.logging.LogEntries;
import org.openqa.selenium.logging.LogEntry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Chromium's network log (the DevTools events chromedriver keeps as its performance log) as one line per
 * request: when it started, its address, its answer and how it ended, or that it never did. Times are
 * seconds from the first request of the log.
 */
final class NetworkLog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LAST = 400;

    private NetworkLog() {
    }

    static String summary(LogEntries entries) {
        Map<String, StringBuilder> requests = new LinkedHashMap<>();
        double first = -1;
        for (LogEntry entry : entries) {
            JsonNode message;
            try {
                message = JSON.readTree(entry.getMessage()).path("message");
            } catch (Exception e) {
                continue;
            }
            JsonNode params = message.path("params");
            String id = params.path("requestId").asText();
            double at = params.path("timestamp").asDouble();
            if (first < 0 && at > 0) {
                first = at;
            }
            String when = String.format("%+.2f", at - first);
            switch (message.path("method").asText()) {
                case "Network.requestWillBeSent" -> requests.computeIfAbsent(id, k -> new StringBuilder())
                        .append(when).append(' ').append(params.at("/request/method").asText()).append(' ')
                        .append(params.at("/request/url").asText());
                case "Network.responseReceived" -> line(requests, id)
                        .append(" -> ").append(params.at("/response/status").asInt()).append(" at ").append(when);
                case "Network.loadingFinished" -> line(requests, id)
                        .append(", ").append(params.path("encodedDataLength").asLong()).append(" B done at ").append(when);
                case "Network.loadingFailed" -> line(requests, id).append(", failed at ").append(when).append(": ")
                        .append(params.path("errorText").asText()).append(params.path("canceled").asBoolean() ? " (canceled)" : "");
                default -> {
                }
            }
        }
        return requests.values().stream().skip(Math.max(0, requests.size() - LAST)).map(StringBuilder::toString)
                .collect(Collectors.joining("\n"));
    }

    private static StringBuilder line(Map<String, StringBuilder> requests, String id) {
        return requests.computeIfAbsent(id, k -> new StringBuilder("(earlier) " + k));
    }
}
