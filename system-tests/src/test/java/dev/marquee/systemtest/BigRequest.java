package dev.marquee.systemtest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A POST with a large body, generated while it is sent (never held in memory), with a declared
 * Content-Length or chunked. The body is written on its own thread while the answer is awaited, so a
 * server that answers early is seen answering early: the answer records how much of the body had been
 * sent by then.
 */
final class BigRequest {

    private static final int BLOCK = 64 * 1024;

    /** The answer: status, head, body, and how many body bytes had left this client when the head arrived. */
    record Answer(int status, String head, String body, long sentWhenAnswered, long size, Duration took) {
    }

    private final URI uri;
    private final String contentType;
    private final byte[] prefix;
    private final byte filler;
    private final byte[] suffix;
    private final long size;
    private Map<String, String> headers = Map.of();

    /** A body of {@code size} bytes: {@code prefix}, then {@code filler} repeated, then {@code suffix}. */
    BigRequest(URI uri, String contentType, String prefix, char filler, String suffix, long size) {
        this.uri = uri;
        this.contentType = contentType;
        this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
        this.filler = (byte) filler;
        this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
        this.size = size;
    }

    BigRequest headers(Map<String, String> more) {
        this.headers = more;
        return this;
    }

    Answer send(boolean chunked) {
        long start = System.nanoTime();
        AtomicLong sent = new AtomicLong();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost()
                    + ":" + uri.getPort() + "\r\nContent-Type: " + contentType + "\r\n");
            head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + size + "\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread writer = new Thread(() -> writeBody(out, chunked, sent), "big-request-body");
            writer.setDaemon(true);
            writer.start();
            InputStream in = socket.getInputStream();
            String answerHead = readHead(in);
            long sentThen = sent.get();
            int status = Integer.parseInt(answerHead.split(" ", 3)[1]);
            String body = readBody(in, answerHead);
            socket.close();
            writer.join(10_000);
            return new Answer(status, answerHead, body, sentThen, size, Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new UncheckedIOException("after " + sent.get() + " body bytes", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void writeBody(OutputStream out, boolean chunked, AtomicLong sent) {
        byte[] block = new byte[BLOCK];
        try {
            long written = 0;
            while (written < size) {
                int n = (int) Math.min(BLOCK, size - written);
                Arrays.fill(block, 0, n, filler);
                for (int i = 0; i < n; i++) {
                    long at = written + i;
                    if (at < prefix.length) {
                        block[i] = prefix[(int) at];
                    } else if (at >= size - suffix.length) {
                        block[i] = suffix[(int) (at - (size - suffix.length))];
                    }
                }
                if (chunked) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(block, 0, n);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                written += n;
                sent.set(written);
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        } catch (IOException e) {
            // the server stopped reading and closed the connection: what this test wants to see
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            if (head.size() >= 4 && head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
        throw new IOException("The connection ended before an answer: " + head.toString(StandardCharsets.ISO_8859_1));
    }

    private static String readBody(InputStream in, String head) throws IOException {
        String length = head.lines().filter(l -> l.toLowerCase().startsWith("content-length:"))
                .map(l -> l.substring(15).trim()).findFirst().orElse(null);
        if (length != null) {
            return new String(in.readNBytes(Integer.parseInt(length)), StandardCharsets.UTF_8);
        }
        if (head.toLowerCase().contains("transfer-encoding: chunked")) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = readLine(in);
                int n = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
                if (n == 0) {
                    return body.toString(StandardCharsets.UTF_8);
                }
                body.write(in.readNBytes(n));
                readLine(in);
            }
        }
        return "";
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
