package dev.marquee.systemtest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 POST or GET from a chosen local loopback address (127.0.0.2, ...), so the server sees another
 * client address; Java 17's HttpClient cannot bind its local address.
 */
final class RawHttp {

    /** Status line and headers of the answer. */
    record Answer(int status, String head) {
        String header(String name) {
            return head.lines().filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(l -> l.substring(name.length() + 1).trim()).findFirst().orElse(null);
        }
    }

    private RawHttp() {
    }

    static Answer postJson(String localAddress, URI uri, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return send(localAddress, uri, "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":"
                + uri.getPort() + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n", body);
    }

    /** A GET of the path and query of {@code uri} with this Cookie header (none when null). */
    static Answer get(String localAddress, URI uri, String cookieHeader) {
        String target = uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
        return send(localAddress, uri, "GET " + target + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + (cookieHeader == null ? "" : "\r\nCookie: " + cookieHeader)
                + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n", new byte[0]);
    }

    private static Answer send(String localAddress, URI uri, String head, byte[] body) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1) {
                answer.write(b);
                if (answer.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                    break;
                }
            }
            String text = answer.toString(StandardCharsets.ISO_8859_1);
            return new Answer(Integer.parseInt(text.split(" ", 3)[1]), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
