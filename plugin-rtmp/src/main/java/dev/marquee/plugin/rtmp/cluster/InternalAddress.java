package dev.marquee.plugin.rtmp.cluster;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

import java.util.Optional;

/**
 * This instance's HTTP base address as other instances reach it: {@code marquee.cluster.internal-url}
 * when set (e.g. {@code http://10.0.0.11:8080}), otherwise {@code http://<grid member host>:<port>}
 * with the port and context path of the first request this instance served (health probes reach every
 * instance before any viewer does), or port 8080 until then.
 */
@WebListener
public class InternalAddress implements ServletRequestListener {

    private static final int DEFAULT_PORT = 8080;
    private static volatile int port;
    private static volatile String contextPath = "";

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (port == 0 && event.getServletRequest().getLocalPort() > 0) {
            String path = event.getServletContext().getContextPath();
            contextPath = path == null ? "" : path;
            port = event.getServletRequest().getLocalPort();
        }
    }

    /** The HTTP port learnt from a request, if one came yet. */
    public static Optional<Integer> learntPort() {
        return port == 0 ? Optional.empty() : Optional.of(port);
    }

    /** Records a port and context path as a request would (tests). */
    public static void learn(int localPort, String path) {
        contextPath = path;
        port = localPort;
    }

    /** The base address: the configured one (without a trailing slash), or the derived one. */
    public static String resolve(Optional<String> configured, String memberHost) {
        Optional<String> set = configured.map(String::strip).filter(s -> !s.isEmpty());
        if (set.isPresent()) {
            String url = set.get();
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
        String host = memberHost.contains(":") && !memberHost.startsWith("[") ? "[" + memberHost + "]" : memberHost;
        return "http://" + host + ":" + (port == 0 ? DEFAULT_PORT : port) + contextPath;
    }
}
