package dev.marquee.platform.application.recording;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What this instance's recordings may still store ({@code marquee.recordings.quota-mb}): the bytes in
 * use as of the last count from the database, plus what was written here since. With several
 * instances each counts its own writes between counts, so together they may pass the quota by what
 * they write in one sweep interval.
 */
public final class RecordingQuota {

    private final long limit;
    private final AtomicLong used = new AtomicLong();

    /** A quota of {@code limit} bytes; 0: no limit. */
    public RecordingQuota(long limit) {
        this.limit = limit;
    }

    /** Sets the bytes in use, as counted from the database. */
    public void counted(long bytes) {
        used.set(bytes);
    }

    /** Takes {@code bytes} from the quota, or returns false (taking nothing) when they do not fit. */
    public boolean take(long bytes) {
        if (limit <= 0) {
            used.addAndGet(bytes);
            return true;
        }
        while (true) {
            long now = used.get();
            if (now + bytes > limit) {
                return false;
            }
            if (used.compareAndSet(now, now + bytes)) {
                return true;
            }
        }
    }

    /** Whether anything more fits. */
    public boolean full() {
        return limit > 0 && used.get() >= limit;
    }

    public long limit() {
        return limit;
    }
}
