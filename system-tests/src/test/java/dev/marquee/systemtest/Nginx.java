package dev.marquee.systemtest;

import dev.marquee.testkit.MarqueeServer;
import dev.marquee.testkit.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * nginx in a child process as the load balancer in front of several Marquee instances, unprivileged
 * and on loopback, configured as docs/operations.md tells ops to: round robin, WebSocket upgrades
 * passed on, streamed responses (HTTP-FLV) not buffered, a dead instance skipped.
 */
final class Nginx implements Site, AutoCloseable {

    private final Path dir;
    private final int port;
    private final Process process;

    private Nginx(Path dir, int port, Process process) {
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    static Nginx start(Path dir, List<MarqueeServer> upstreams) {
        int port = MarqueeServer.freeTcpPort();
        try {
            Files.createDirectories(dir.resolve("temp"));
            String servers = upstreams.stream()
                    .map(s -> "        server 127.0.0.1:" + s.port() + " max_fails=1 fail_timeout=5s;")
                    .collect(Collectors.joining("\n"));
            Files.writeString(dir.resolve("nginx.conf"), CONFIG.formatted(dir, dir, dir, dir, dir, dir, servers, port, dir));
            Process process = new ProcessBuilder(binary(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
            Nginx nginx = new Nginx(dir, port, process);
            nginx.awaitListening();
            return nginx;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start nginx", e);
        }
    }

    @Override
    public URI uri(String loopbackHost, String path) {
        return URI.create("http://" + loopbackHost + ":" + port + path);
    }

    /** Which instance (host:port) served each request so far, in order. */
    List<String> upstreamsUsed() {
        try {
            return Files.readAllLines(dir.resolve("upstream.log")).stream()
                    .map(line -> line.substring(line.lastIndexOf("upstream=") + 9)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitListening() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited: " + Files.readString(dir.resolve("nginx.out")));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException e) {
                MarqueeServer.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port);
    }

    static String binary() {
        for (String candidate : List.of("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("nginx is not installed (Debian: apt-get install nginx)");
    }

    private static final String CONFIG = """
            daemon off;
            master_process on;
            worker_processes 1;
            pid %s/nginx.pid;
            error_log stderr notice;
            events { worker_connections 1024; }
            http {
                access_log off;
                client_body_temp_path %s/temp/body;
                proxy_temp_path %s/temp/proxy;
                fastcgi_temp_path %s/temp/fastcgi;
                uwsgi_temp_path %s/temp/uwsgi;
                scgi_temp_path %s/temp/scgi;
                map $http_upgrade $connection_upgrade { default ''; ~*^websocket$ upgrade; }
                map $http_upgrade $websocket_upgrade { default ''; ~*^websocket$ websocket; }
                log_format upstreamlog '$remote_addr "$request" $status upstream=$upstream_addr';
                upstream marquee {
            %s
                    keepalive 32;
                }
                server {
                    listen 127.0.0.1:%d;
                    access_log %s/upstream.log upstreamlog;
                    client_max_body_size 50m;
                    location / {
                        proxy_pass http://marquee;
                        proxy_http_version 1.1;
                        proxy_set_header Host $http_host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Proto $scheme;
                        proxy_set_header Upgrade $websocket_upgrade;
                        proxy_set_header Connection $connection_upgrade;
                        proxy_buffering off;
                        proxy_read_timeout 1h;
                        proxy_send_timeout 1h;
                        proxy_connect_timeout 2s;
                        proxy_next_upstream error timeout http_502 http_503;
                    }
                }
            }
            """;
}
