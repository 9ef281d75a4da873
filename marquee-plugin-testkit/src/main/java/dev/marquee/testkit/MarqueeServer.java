package dev.marquee.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * marquee.war on Payara Micro in a child process, as ops would run it: configured by environment
 * variables only, its working directory (holding ./data and ./plugins) chosen by the test. Ready when
 * {@code /health/ready} answers 200. Started with the options of {@code ./run.sh} (a data grid of one on
 * loopback, {@code payara/grid-single.xml}; {@code /metrics} off the public port,
 * {@code payara/post-boot.txt}) or, {@link #inCluster}, with those docs/operations.md gives for several
 * instances.
 */
public final class MarqueeServer implements Site, AutoCloseable {

    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(180);

    private final Path workDir;
    private final Map<String, String> env;
    private final int port;
    private final int rtmpPort;
    private Process process;
    private Path log;
    private int boots;
    private List<String> jvmOptions = List.of("-Dhazelcast.config=" + payaraFile("grid-single.xml"));
    private List<String> clusterOptions = List.of("--nocluster");
    private int managementPort;

    public MarqueeServer(Path workDir, Map<String, String> env) {
        this.workDir = workDir;
        this.env = new HashMap<>(env);
        this.port = freePort();
        this.rtmpPort = Integer.parseInt(this.env.computeIfAbsent("MARQUEE_RTMP_PORT", k -> String.valueOf(freePort())));
    }

    /** A fresh working directory under target/it-work. */
    public static Path newWorkDir(String name) {
        try {
            Path base = Path.of(System.getProperty("marquee.work.dir", "target/it-work"));
            Files.createDirectories(base);
            return Files.createTempDirectory(base, name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes this server a member of a cluster instead of a grid of its own ({@code --nocluster}): the
     * options docs/operations.md gives ops, on loopback. {@code gridPorts} lists every member's data grid
     * port, this one's at {@code index}.
     */
    public MarqueeServer inCluster(String clusterName, String instanceName, List<Integer> gridPorts, int index) {
        String members = gridPorts.stream().map(p -> "127.0.0.1:" + p).collect(java.util.stream.Collectors.joining(","));
        clusterOptions = List.of("--name", instanceName, "--clustername", clusterName, "--clustermode", "tcpip:" + members,
                "--startport", String.valueOf(gridPorts.get(index)), "--interfaces", "127.0.0.1");
        jvmOptions = List.of("-Dhazelcast.socket.bind.any=false", "-Dhazelcast.max.no.heartbeat.seconds=10",
                "-Dhazelcast.metrics.enabled=false");
        env.put("MARQUEE_CLUSTER_INTERNAL_URL", "http://127.0.0.1:" + port);
        return this;
    }

    /** Changes one environment variable for the next {@link #start()} (null removes it): a reconfigured restart. */
    public MarqueeServer environment(String name, String value) {
        if (value == null) {
            env.remove(name);
        } else {
            env.put(name, value);
        }
        return this;
    }

    /**
     * Adds the management listener ({@code payara/management-listener.txt}) on a port of its own on
     * loopback: {@code /metrics} and {@code /health} for operators, {@link #management}.
     */
    public MarqueeServer withManagementListener() {
        managementPort = freePort();
        env.put("MARQUEE_MANAGEMENT_ADDRESS", "127.0.0.1");
        env.put("MARQUEE_MANAGEMENT_PORT", String.valueOf(managementPort));
        return this;
    }

    /** {@code path} on the management listener (see {@link #withManagementListener}). */
    public URI management(String path) {
        if (managementPort == 0) {
            throw new IllegalStateException("This server has no management listener: start it withManagementListener()");
        }
        return URI.create("http://127.0.0.1:" + managementPort + path);
    }

    /** The management listener's port, 0 when there is none. */
    public int managementPort() {
        return managementPort;
    }

    /** The process id of the running server. */
    public long pid() {
        if (process == null) {
            throw new IllegalStateException("not running");
        }
        return process.pid();
    }

    /** A free TCP port on loopback (for a data grid member, ...). */
    public static int freeTcpPort() {
        return freePort();
    }

    /** Copies a plugin JAR into {@code workDir/plugins}, where Marquee looks by default. */
    public static void installPlugin(Path workDir, Path jar) {
        try {
            Path plugins = Files.createDirectories(workDir.resolve("plugins"));
            Files.copy(jar, plugins.resolve(jar.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public MarqueeServer start() {
        boots++;
        log = workDir.resolve("payara-" + boots + ".log");
        // Payara's runtime directory is not Marquee's data; a reused one would deploy the WAR twice.
        deleteTree(workDir.resolve("payara-root"));
        // Payara's deploy-time JNDI check now and then fails to find the WAR's own data source and leaves
        // nothing deployed (docs/operations.md, "Running"); the WAR's references resolve when it starts.
        List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx768m", "-Ddeployment.resource.validation=false"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", serverFile("payara-micro.jar").toString(),
                "--deploy", serverFile("marquee.war").toString(), "--contextroot", "/",
                "--port", String.valueOf(port), "--rootdir", workDir.resolve("payara-root").toString()));
        command.addAll(clusterOptions);
        command.addAll(List.of("--postbootcommandfile", payaraFile("post-boot.txt").toString()));
        if (managementPort != 0) {
            command.addAll(List.of("--postdeploycommandfile", payaraFile("management-listener.txt").toString()));
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Payara Micro", e);
        }
        awaitReady();
        return this;
    }

    /** Stops the server the way an operator's SIGTERM would, and waits for it. */
    public void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Kills the server at once (SIGKILL), as a crash or an out-of-memory killer would. */
    public void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    /** The URL through another loopback address (127.0.0.2, ...): another client address for rate limits. */
    @Override
    public URI uri(String loopbackHost, String path) {
        return URI.create("http://" + loopbackHost + ":" + port + path);
    }

    /** The HTTP port. */
    public int port() {
        return port;
    }

    /** The RTMP listener's port (each test server has its own). */
    public int rtmpPort() {
        return rtmpPort;
    }

    /** What the server printed during its latest boot. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path workDir() {
        return workDir;
    }

    private void awaitReady() {
        // HTTP/1.1: the JDK client otherwise asks for h2c, and Grizzly's h2c path once deadlocked both request
        // threads of a starting instance on these probes (an error page before the deployment), after which
        // it never answered. That hazard is Payara's and is not fixed here; the probes just do not provoke it.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(BOOT_TIMEOUT);
        String lastAnswer = "no answer yet";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited during boot:\n" + tail());
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                lastAnswer = response.statusCode() + " " + response.body();
                // The management listener is created by a post-deploy command: it may come a moment after.
                if (response.statusCode() == 200 && (managementPort == 0 || client.send(HttpRequest.newBuilder(
                        management("/health")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200)) {
                    return;
                }
            } catch (IOException e) {
                lastAnswer = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (log().contains("Exception while loading the app") || log().contains("Deployment failed")) {
                stop();
                throw new IllegalStateException("marquee.war failed to deploy:\n" + tail());
            }
            sleep(500);
        }
        Path threads = threadDump();
        stop();
        throw new IllegalStateException("Marquee was not ready within " + BOOT_TIMEOUT + "; /health/ready last answered: "
                + lastAnswer + "; threads answering health probes then: [" + ProbeThreads.summary(threads)
                + "]; all its threads: " + threads + "\n" + tail());
    }

    /** The server's threads (jcmd Thread.print) in its working directory, for a boot that hangs; waits at most 20 s. */
    private Path threadDump() {
        Path file = workDir.resolve("threads-" + boots + ".txt");
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(process.pid()), "Thread.print").redirectErrorStream(true).redirectOutput(file.toFile()).start();
            if (!jcmd.waitFor(20, TimeUnit.SECONDS)) {
                jcmd.destroyForcibly();
            }
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return file;
    }

    private String tail() {
        String text = log();
        return text.substring(Math.max(0, text.length() - 6000));
    }

    /**
     * A file of the server folder ({@code marquee.server.dir}, {@code target/marquee-server} by default):
     * {@code payara-micro.jar} and {@code marquee.war}, which the build copies there (docs/plugins.md).
     */
    public static Path serverFile(String name) {
        Path file = Path.of(System.getProperty("marquee.server.dir", "target/marquee-server")).resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: copy payara-micro.jar and marquee.war there in the "
                    + "build (docs/plugins.md, \"Testing a plugin\") and run the tests through Maven");
        }
        return file.toAbsolutePath();
    }

    /**
     * A file of the Payara options ./run.sh and docs/operations.md pass (the repository's payara/ folder):
     * from {@code marquee.payara.dir} when set, else the copy packed in this test kit.
     */
    static Path payaraFile(String name) {
        return PayaraOptions.file(name);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * A port that is free now, below Linux's ephemeral range (32768 and up): a port the kernel picked
     * there could be taken by any outgoing connection before the server binds it (it happened once, to
     * an RTMP port, during a run).
     */
    private static int freePort() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = random.nextInt(20_000, 32_000);
            try (ServerSocket socket = new ServerSocket(candidate)) {
                return candidate;
            } catch (IOException e) {
                // taken: try another
            }
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sleeps, keeping the interrupt. */
    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
