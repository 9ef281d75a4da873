package dev.marquee.plugin.storage.s3;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real S3-compatible server for the tests: moto's {@code moto_server}, started as a child process on a
 * free loopback port and stopped by {@link #close()}. Before {@link #requireSignatures()} it answers
 * anyone (to set up a user and a bucket); after it, every request must be signed with a key it issued
 * and be allowed by that user's policy. Its output goes to {@code target/moto-PORT.log}.
 */
final class MotoServer implements AutoCloseable {

    /** An access key moto issued. */
    record Credentials(String accessKeyId, String secretAccessKey) {
    }

    private static final String SETUP_AUTH = "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20250101/us-east-1/%s/"
            + "aws4_request, SignedHeaders=host, Signature=0";

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private MotoServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts moto_server and waits until it answers; fails (never skips) when it is not installed. */
    static MotoServer start() throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Path log = Path.of("target", "moto-" + port + ".log");
        Files.createDirectories(log.getParent());
        Process process;
        try {
            process = new ProcessBuilder("moto_server", "-H", "127.0.0.1", "-p", Integer.toString(port))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("moto_server is not on the PATH: the S3 store's tests need it (Python "
                    + "package moto with its server extra; test.sh says how to install it)", e);
        }
        MotoServer server = new MotoServer(process, port, log);
        server.awaitAnswer(Duration.ofSeconds(60));
        return server;
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** A user whose key may do anything with S3, made through moto's IAM (before signatures are required). */
    Credentials createUser(String name) throws IOException, InterruptedException {
        iam("CreateUser", "UserName=" + name);
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
                + "\"Resource\":\"*\"}]}";
        iam("PutUserPolicy", "UserName=" + name + "&PolicyName=s3&PolicyDocument="
                + URLEncoder.encode(policy, StandardCharsets.UTF_8));
        String answer = iam("CreateAccessKey", "UserName=" + name);
        return new Credentials(element(answer, "AccessKeyId"), element(answer, "SecretAccessKey"));
    }

    void createBucket(String bucket) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(endpoint() + "/" + bucket)).header("Authorization", SETUP_AUTH.formatted("s3"))
                .PUT(HttpRequest.BodyPublishers.noBody()));
    }

    /** From now on, every request must be signed by a key moto issued. */
    void requireSignatures() throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(endpoint() + "/moto-api/reset-auth"))
                .POST(HttpRequest.BodyPublishers.ofString("0")));
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    private String iam(String action, String parameters) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(endpoint() + "/"))
                .header("Authorization", SETUP_AUTH.formatted("iam"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("Action=" + action + "&Version=2010-05-08&" + parameters)));
    }

    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("moto answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private void awaitAnswer(Duration within) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("moto_server stopped at once (exit " + process.exitValue() + "): "
                        + Files.readString(log));
            }
            try {
                http.send(HttpRequest.newBuilder(URI.create(endpoint() + "/moto-api/data.json"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                if (Instant.now().isAfter(deadline)) {
                    close();
                    throw new IllegalStateException("moto_server did not answer on port " + port + " within " + within
                            + ": " + Files.readString(log), e);
                }
                Thread.sleep(100);
            }
        }
    }

    private static String element(String xml, String name) throws IOException {
        Matcher m = Pattern.compile("<" + name + ">([^<]+)</" + name + ">").matcher(xml);
        if (!m.find()) {
            throw new IOException("moto's answer has no " + name);
        }
        return m.group(1);
    }
}
