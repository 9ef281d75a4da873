package dev.marquee.platform.application.stage;

import java.util.Map;

/** What an organizer submits for a stage; {@code order} null means "at the end". */
public record StageDraft(String slug, String name, Integer order, String provider, Map<String, Object> settings) {
}
