package dev.marquee.plugin.rtmp.coach;

import dev.marquee.platform.spi.media.IngestSample;

import java.util.ArrayList;
import java.util.List;

/**
 * The last {@value #SAMPLES} samples of a stream's health (one every {@value #EVERY_MILLIS} ms: five
 * minutes), oldest first. Written by the coach's ticker; {@link #samples} may be read from any thread.
 */
final class IngestHistory {

    static final int SAMPLES = 60;
    static final long EVERY_MILLIS = 5000;

    private final IngestSample[] ring = new IngestSample[SAMPLES];
    private int next;
    private int size;

    synchronized void add(IngestSample sample) {
        ring[next] = sample;
        next = (next + 1) % SAMPLES;
        size = Math.min(size + 1, SAMPLES);
    }

    synchronized List<IngestSample> samples() {
        List<IngestSample> samples = new ArrayList<>(size);
        for (int i = size; i >= 1; i--) {
            samples.add(ring[(next - i + SAMPLES) % SAMPLES]);
        }
        return samples;
    }
}
