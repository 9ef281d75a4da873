package dev.marquee.systemtest;

import dev.marquee.testkit.Site;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Twilio's room status callbacks as Twilio sends them: the form, signed with the account's auth token. */
final class TwilioCallbacks {

    private final String accountSid;
    private final String authToken;
    private final String callbackUrl;

    TwilioCallbacks(String accountSid, String authToken, String callbackUrl) {
        this.accountSid = accountSid;
        this.authToken = authToken;
        this.callbackUrl = callbackUrl;
    }

    /** A participant event's form. */
    Map<String, String> callback(String room, String sid, String event, String identity) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", accountSid);
        form.put("RoomName", room);
        form.put("RoomSid", sid);
        form.put("RoomStatus", "in-progress");
        form.put("StatusCallbackEvent", event);
        form.put("ParticipantIdentity", identity);
        form.put("ParticipantSid", "PA" + Math.abs(identity.hashCode()));
        form.put("ParticipantStatus", event.endsWith("disconnected") ? "disconnected" : "connected");
        form.put("Timestamp", Instant.now().toString());
        return form;
    }

    /** Twilio's signature: Base64(HMAC-SHA1(auth token, callback URL + sorted key/value pairs)). */
    String sign(Map<String, String> form) throws Exception {
        StringBuilder data = new StringBuilder(callbackUrl);
        new TreeMap<>(form).forEach((key, value) -> data.append(key).append(value));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Posts the form signed. */
    HttpResponse<String> send(Site site, Map<String, String> form) throws Exception {
        return send(site, form, sign(form));
    }

    /** Posts the form with this signature (or none). */
    HttpResponse<String> send(Site site, Map<String, String> form, String signature) throws Exception {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(site.uri("/api/v1/webhooks/twilio/video"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
