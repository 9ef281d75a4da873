package dev.marquee.platform.interfaces.rest.stage;

import dev.marquee.platform.application.stage.StageDraft;
import dev.marquee.platform.interfaces.rest.event.Slugs;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Map;

/** A stage as an organizer submits it; {@code settings} are checked against the provider's declared settings. */
public class StageInput {

    @NotBlank(message = Slugs.BLANK)
    @Size(max = Slugs.MAX_LENGTH, message = Slugs.TOO_LONG)
    @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
    public String slug;

    @NotBlank
    @Size(max = 200)
    public String name;

    @Min(0)
    @Max(10_000)
    public Integer order;

    @NotBlank
    @Size(max = 64)
    public String provider;

    public Map<String, Object> settings;

    StageDraft toDraft() {
        return new StageDraft(slug, name.trim(), order, provider, settings == null ? Map.of() : settings);
    }
}
