package dev.marquee.platform.domain.model.recording;

import java.util.Locale;

/** Where a recording stands. */
public enum RecordingStatus {
    /** Its stream is live and its segments are being written. */
    RECORDING,
    /** Its stream ended (or its instance stopped, and the sweep closed it): every indexed segment plays. */
    COMPLETE,
    /** Writing stopped on an error (storage full or failing, quota used up); what was written plays. */
    FAILED;

    /** The name in the API: lower case. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
