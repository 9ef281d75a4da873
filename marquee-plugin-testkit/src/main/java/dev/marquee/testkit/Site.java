package dev.marquee.testkit;

import java.net.URI;

/** Where a test reaches Marquee over HTTP: one instance, or the load balancer in front of several. */
public interface Site {

    /** The URL of {@code path} through a loopback address (127.0.0.2, ...: another client address). */
    URI uri(String loopbackHost, String path);

    default URI uri(String path) {
        return uri("127.0.0.1", path);
    }
}
