package dev.marquee.plugin.chat.ws;

import dev.marquee.platform.spi.audience.GuestIds;
import dev.marquee.platform.spi.web.ClientAddressResolver;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Reads who is connecting from the upgrade request: the session cookie and the guest cookie (both
 * ignored when the page that opened the socket is on another site, so no other site can chat as a
 * signed-in visitor or as a guest), and the guest's {@code ?name=}, which is only a label. A guest
 * without a valid guest cookie gets a new guest id, set in the handshake's response. The properties
 * are per connection (Jakarta WebSocket 2.1).
 */
public class ChatHandshake extends ServerEndpointConfig.Configurator {

    static final String TOKEN = "marquee.chat.token";
    static final String NAME = "marquee.chat.name";
    static final String ADDRESS = "marquee.chat.address";
    static final String GUEST = "marquee.chat.guest";

    private static final String COOKIE = "MARQUEE_SESSION";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        Map<String, List<String>> headers = request.getHeaders();
        GuestIds guests = CDI.current().select(GuestIds.class).get();
        String guestId = null;
        boolean sameSite = sameSite(first(headers, "Origin"), first(headers, "Host"));
        if (sameSite) {
            String token = cookie(all(headers, "Cookie"), COOKIE);
            if (token != null) {
                config.getUserProperties().put(TOKEN, token);
            }
            guestId = guests.idOf(cookie(all(headers, "Cookie"), GuestIds.COOKIE)).orElse(null);
        }
        if (guestId == null) {
            String fresh = guests.newCookieValue();
            guestId = guests.idOf(fresh).orElseThrow();
            if (sameSite) {
                response.getHeaders().put("Set-Cookie", List.of(guests.setCookieHeader(fresh)));
            }
        }
        config.getUserProperties().put(GUEST, guestId);
        String address = CDI.current().select(ClientAddressResolver.class).get()
                .clientAddress(remoteAddress(request), first(headers, "X-Forwarded-For"));
        if (address != null) {
            config.getUserProperties().put(ADDRESS, address);
        }
        List<String> name = request.getParameterMap().get("name");
        if (name != null && !name.isEmpty()) {
            config.getUserProperties().put(NAME, name.get(0));
        }
    }

    @Override
    public <T> T getEndpointInstance(Class<T> endpointClass) {
        return endpointClass.cast(new ChatEndpoint(CDI.current().select(ChatGateway.class).get()));
    }

    /** No Origin (not a browser) or an Origin naming the host the request came to. */
    static boolean sameSite(String origin, String host) {
        if (origin == null) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && (host.equalsIgnoreCase(authority) || host.equalsIgnoreCase(uri.getHost()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The peer's address. The WebSocket API does not expose it; Tyrus' request (Payara's implementation)
     * has {@code getRemoteAddr()}, so it is read reflectively and is null elsewhere.
     */
    static String remoteAddress(HandshakeRequest request) {
        try {
            Object value = request.getClass().getMethod("getRemoteAddr").invoke(request);
            return value == null ? null : value.toString();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    static String cookie(List<String> headers, String name) {
        for (String header : headers) {
            for (String part : header.split(";")) {
                String p = part.strip();
                if (p.startsWith(name + "=")) {
                    return p.substring(name.length() + 1);
                }
            }
        }
        return null;
    }

    private static List<String> all(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return List.of();
    }

    private static String first(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }
}
