package dev.marquee.plugin.rtmp.abr;

import dev.marquee.plugin.rtmp.media.LiveStream;
import dev.marquee.plugin.rtmp.restream.Backoff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * One live stream's transcoder: an ffmpeg child process ({@link TranscoderCommand}) fed the source on its
 * standard input ({@link SourceFeed}) and publishing each rendition back over loopback RTMP with a one-time
 * internal key ({@link Renditions#issue}). Supervised: when ffmpeg exits while the source is still live (a crash,
 * a kill, a feed cut off for falling behind), it is started again after a backoff (1 s, doubling to 30 s; back
 * to 1 s after a run of a minute), with fresh keys; the source plays on meanwhile, untouched. Stopping ends the
 * feed (ffmpeg finishes on end of input) and kills ffmpeg if it has not gone within 5 s. ffmpeg's messages are
 * kept (the last line, keys masked) for the status, never logged with a key.
 */
final class Transcoder {

    private static final Logger LOG = Logger.getLogger(Transcoder.class.getName());
    private static final Duration STABLE = Duration.ofMinutes(1);

    /** What every transcoder shares. */
    record Context(String ffmpeg, String publishBase, int keyframeSeconds, long queueBytes, Renditions renditions,
                   ScheduledExecutorService scheduler, Duration backoffFirst, Duration backoffMax, Clock clock) {
    }

    private final long stageId;
    private final LiveStream source;
    private final Ladder ladder;
    private final Context context;
    private final Backoff backoff;

    private Process process;
    private SourceFeed feed;
    private List<String> keys = List.of();
    private Instant runStarted;
    private boolean stopped;
    private TranscoderStatus.State state = TranscoderStatus.State.STARTING;
    private Instant since;
    private int restarts;
    private volatile String lastLine;
    private String lastError;
    private long cpuAtMillis = -1;
    private long cpuMillis;
    private double cpuPercent = -1;

    Transcoder(long stageId, LiveStream source, Ladder ladder, Context context) {
        this.stageId = stageId;
        this.source = source;
        this.ladder = ladder;
        this.context = context;
        this.backoff = new Backoff(context.backoffFirst(), context.backoffMax());
        this.since = context.clock().instant();
    }

    LiveStream source() {
        return source;
    }

    Ladder ladder() {
        return ladder;
    }

    synchronized void start() {
        launch();
    }

    private synchronized void launch() {
        if (stopped || source.ended()) {
            return;
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        List<String> issued = new ArrayList<>();
        for (Rendition r : ladder.renditions()) {
            String key = context.renditions().issue(stageId, r);
            issued.add(key);
            outputs.put(r.name(), context.publishBase() + "/" + key);
        }
        keys = issued;
        List<String> command = TranscoderCommand.of(context.ffmpeg(), ladder, context.keyframeSeconds(), outputs);
        Process p;
        try {
            p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            context.renditions().withdraw(issued);
            lastError = "ffmpeg could not be started (" + context.ffmpeg() + "): " + e.getMessage();
            retry();
            return;
        }
        process = p;
        runStarted = context.clock().instant();
        state = TranscoderStatus.State.RUNNING;
        since = runStarted;
        cpuAtMillis = -1;
        lastLine = null;
        feed = new SourceFeed(source, p.getOutputStream(), context.queueBytes());
        feed.start("marquee-abr-feed-" + stageId);
        Thread errors = new Thread(() -> readErrors(p, issued), "marquee-abr-log-" + stageId);
        errors.setDaemon(true);
        errors.start();
        LOG.info(() -> "Transcoder of stage " + stageId + " started (ffmpeg pid " + p.pid() + ", "
                + ladder.renditions().size() + " renditions)");
        p.onExit().thenRun(() -> context.scheduler().execute(() -> exited(p)));
    }

    private synchronized void exited(Process p) {
        if (p != process) {
            return;
        }
        process = null;
        feed.close();
        context.renditions().withdraw(keys);
        if (stopped || source.ended()) {
            state = TranscoderStatus.State.STOPPED;
            since = context.clock().instant();
            return;
        }
        String words = lastLine;
        lastError = "ffmpeg exited with code " + p.exitValue() + (words == null ? "" : ": " + words);
        LOG.warning(() -> "Transcoder of stage " + stageId + ": " + lastError + "; starting it again");
        if (Duration.between(runStarted, context.clock().instant()).compareTo(STABLE) > 0) {
            backoff.reset();
        }
        retry();
    }

    private void retry() {
        restarts++;
        state = TranscoderStatus.State.RETRYING;
        since = context.clock().instant();
        context.scheduler().schedule(this::launch, backoff.next().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops feeding and lets ffmpeg finish; kills it if it has not within 5 s. */
    synchronized void stop() {
        stopped = true;
        state = TranscoderStatus.State.STOPPED;
        since = context.clock().instant();
        context.renditions().withdraw(keys);
        if (feed != null) {
            feed.close();
        }
        Process p = process;
        if (p != null) {
            context.scheduler().schedule(() -> {
                if (p.isAlive()) {
                    p.destroyForcibly();
                }
            }, 5, TimeUnit.SECONDS);
        }
    }

    /** Measures the CPU ffmpeg used since the last call (every few seconds). */
    synchronized void sampleCpu() {
        Process p = process;
        if (p == null) {
            return;
        }
        OptionalLong used = ProcCpu.millis(p.pid());
        if (used.isEmpty()) {
            return;
        }
        long now = context.clock().millis();
        if (cpuAtMillis >= 0 && now > cpuAtMillis) {
            cpuPercent = Math.round((used.getAsLong() - cpuMillis) * 1000.0 / (now - cpuAtMillis)) / 10.0;
        }
        cpuAtMillis = now;
        cpuMillis = used.getAsLong();
    }

    synchronized TranscoderStatus status() {
        return new TranscoderStatus(state, since, restarts, lastError,
                state == TranscoderStatus.State.RUNNING ? cpuPercent : -1);
    }

    private void readErrors(Process p, List<String> runKeys) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String masked = line;
                for (String key : runKeys) {
                    masked = masked.replace(key, "***");
                }
                if (!masked.isBlank()) {
                    lastLine = masked.length() > 300 ? masked.substring(0, 300) : masked;
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
    }
}
