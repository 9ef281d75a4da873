package dev.marquee.platform.interfaces.rest.recording;

import jakarta.validation.constraints.NotNull;

/** Whether attendees see a whole recording as a replay. */
public class RecordingPublication {

    @NotNull
    public Boolean published;
}
