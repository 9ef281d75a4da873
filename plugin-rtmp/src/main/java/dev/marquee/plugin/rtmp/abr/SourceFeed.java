package dev.marquee.plugin.rtmp.abr;

import dev.marquee.plugin.rtmp.media.FlvFormat;
import dev.marquee.plugin.rtmp.media.LiveStream;
import dev.marquee.plugin.rtmp.media.MediaPacket;
import dev.marquee.plugin.rtmp.media.StreamSubscriber;
import dev.marquee.plugin.rtmp.media.ViewerQueue;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The source stream fed to a transcoder's standard input as FLV, on its own thread, never the publisher's:
 * packets queue in a {@link ViewerQueue} (bounded; an ffmpeg that falls behind skips to the next keyframe,
 * one that stays behind is cut off, and its supervisor starts it again). The feed ends, closing ffmpeg's
 * input (so ffmpeg finishes), when the source ends or the transcoder stops.
 */
final class SourceFeed implements StreamSubscriber, ViewerQueue.Listener, Runnable {

    private final LiveStream source;
    private final OutputStream stdin;
    private final ViewerQueue queue;
    private final List<MediaPacket> batch = new ArrayList<>();
    private boolean ended;
    private boolean closed;

    SourceFeed(LiveStream source, OutputStream stdin, long maxQueueBytes) {
        this.source = source;
        this.stdin = stdin;
        this.queue = new ViewerQueue(maxQueueBytes, 3, 30_000, this);
    }

    /** Subscribes and starts the writing thread. */
    void start(String threadName) {
        Thread t = new Thread(this, threadName);
        t.setDaemon(true);
        if (!source.subscribe(this)) {
            ended = true;
        }
        t.start();
    }

    @Override
    public void accept(MediaPacket packet) {
        queue.offer(packet);
    }

    @Override
    public synchronized void end() {
        ended = true;
        notifyAll();
    }

    @Override
    public synchronized void packetsWaiting() {
        notifyAll();
    }

    @Override
    public synchronized void tooSlow() {
        closed = true;
        notifyAll();
    }

    /** Stops feeding: ffmpeg's input closes. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    @Override
    public void run() {
        try (OutputStream out = stdin) {
            out.write(FlvFormat.header());
            while (true) {
                batch.clear();
                synchronized (this) {
                    while (!closed && queue.isEmpty() && !ended) {
                        wait(1_000);
                    }
                    if (closed || (ended && queue.isEmpty())) {
                        break;
                    }
                }
                queue.drainTo(batch, 256 * 1024);
                for (MediaPacket p : batch) {
                    out.write(p.flvTag());
                }
                out.flush();
            }
        } catch (IOException e) {
            // ffmpeg is gone: its supervisor hears of it from the process
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            queue.close();
            source.unsubscribe(this);
        }
    }
}
