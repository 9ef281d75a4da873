package dev.marquee.plugin.rtmp.cmaf;

import java.util.List;

/** Hands a packager's output to several listeners, in order (the LL-HLS window, a recording). */
public final class CmafTee implements CmafListener {

    private final List<CmafListener> listeners;

    public CmafTee(List<CmafListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void init(CmafInit init) {
        for (CmafListener listener : listeners) {
            listener.init(init);
        }
    }

    @Override
    public void part(CmafPart part, CmafSegmentStart segment) {
        for (CmafListener listener : listeners) {
            listener.part(part, segment);
        }
    }

    @Override
    public void segment(CmafSegment segment) {
        for (CmafListener listener : listeners) {
            listener.segment(segment);
        }
    }

    @Override
    public void end() {
        for (CmafListener listener : listeners) {
            listener.end();
        }
    }
}
