package dev.marquee.plugin.rtmp.server;

import dev.marquee.plugin.rtmp.RtmpConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the RTMP listener is bound (or RTMP ingest is switched off with
 * {@code marquee.rtmp.enabled=false}): an instance whose port was taken cannot take publishers and
 * should not get traffic. Data: whether ingest is enabled, its port, open connections, and those of
 * them still pending (not publishing or playing yet).
 */
@Readiness
@ApplicationScoped
public class RtmpListenerCheck implements HealthCheck {

    @Inject
    RtmpConfig config;

    @Inject
    RtmpServer server;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("rtmp-listener").withData("enabled", config.enabled());
        if (!config.enabled()) {
            return response.up().build();
        }
        return response.status(server.listening()).withData("port", config.port())
                .withData("connections", server.connections())
                .withData("pendingConnections", server.pendingConnections()).build();
    }
}
