package dev.marquee.platform.interfaces.rest.schedule;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * A schedule import as the console sends it: the file's text ({@code file}) or its {@code url}; for an
 * apply also the room → stage {@code mapping} (a stage id, or null to leave the room out), the
 * preview's {@code digest}, and {@code syncMinutes} to keep a URL in sync.
 */
public class ScheduleImportInput {

    public String file;

    @Size(max = 2000)
    public String url;

    @Size(max = 500)
    public Map<String, Long> mapping;

    @Size(max = 64)
    public String digest;

    @Min(1)
    @Max(1440)
    public Integer syncMinutes;
}
