package dev.marquee.plugin.rtmp.protocol;

import io.netty.buffer.AbstractByteBufAllocator;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledDirectByteBuf;
import io.netty.buffer.UnpooledHeapByteBuf;

import java.util.ArrayList;
import java.util.List;

/**
 * An allocator for a test channel that remembers every buffer it handed out, so a test can check
 * that all of them were released once the channel is closed: exact, unlike leak detection, which
 * needs a garbage collection to notice. Leak detection stays on as well.
 */
public final class TrackingAllocator extends AbstractByteBufAllocator {

    private final List<ByteBuf> allocated = new ArrayList<>();

    public TrackingAllocator() {
        super(false);
    }

    @Override
    protected ByteBuf newHeapBuffer(int initialCapacity, int maxCapacity) {
        return track(new UnpooledHeapByteBuf(this, initialCapacity, maxCapacity));
    }

    @Override
    protected ByteBuf newDirectBuffer(int initialCapacity, int maxCapacity) {
        return track(new UnpooledDirectByteBuf(this, initialCapacity, maxCapacity));
    }

    @Override
    public boolean isDirectBufferPooled() {
        return false;
    }

    private synchronized ByteBuf track(ByteBuf buf) {
        allocated.add(buf);
        return buf;
    }

    /** How many buffers were handed out. */
    public synchronized int count() {
        return allocated.size();
    }

    /** The buffers handed out that still hold a reference. */
    public synchronized List<ByteBuf> unreleased() {
        return allocated.stream().filter(b -> b.refCnt() > 0).toList();
    }
}
