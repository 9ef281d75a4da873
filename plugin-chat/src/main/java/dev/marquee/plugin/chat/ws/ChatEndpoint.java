package dev.marquee.plugin.chat.ws;

import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;

/**
 * {@code /ws/stages/{stageId}} (CONTRACT.md): one instance per connection, handing everything to the
 * {@link ChatGateway}. Frames over 16 KiB close the connection.
 */
@ServerEndpoint(value = "/ws/stages/{stageId}", configurator = ChatHandshake.class)
public class ChatEndpoint {

    private final ChatGateway gateway;
    private ChatGateway.Joined joined;

    public ChatEndpoint(ChatGateway gateway) {
        this.gateway = gateway;
    }

    @OnOpen
    public void open(Session session, EndpointConfig config, @PathParam("stageId") String stageId) {
        joined = gateway.open(session, config.getUserProperties(), stageId);
    }

    @OnMessage(maxMessageSize = 16 * 1024)
    public void message(String text) {
        if (joined != null) {
            gateway.receive(joined, text);
        }
    }

    @OnClose
    public void closed(CloseReason reason) {
        if (joined != null) {
            gateway.close(joined);
            joined = null;
        }
    }

    @OnError
    public void failed(Throwable error) {
        if (joined != null) {
            gateway.close(joined);
            joined = null;
        }
    }
}
