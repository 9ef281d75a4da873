package dev.marquee.plugin.interaction.domain;

import java.util.List;
import java.util.Optional;

/** A poll as a leader writes it, before it is stored; {@link #problem} says what is wrong with it. */
public record PollDraft(String question, List<String> options, boolean multiple, boolean changeable,
                        boolean resultsLive) {

    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 10;
    public static final int MAX_QUESTION = 300;
    public static final int MAX_OPTION = 100;

    /** Why the draft cannot be a poll (after trimming), or empty. */
    public Optional<String> problem() {
        if (question == null || question.isBlank() || question.strip().length() > MAX_QUESTION) {
            return Optional.of("A poll asks a question of 1 to " + MAX_QUESTION + " characters");
        }
        if (options == null || options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            return Optional.of("A poll has " + MIN_OPTIONS + " to " + MAX_OPTIONS + " options");
        }
        for (String option : options) {
            if (option == null || option.isBlank() || option.strip().length() > MAX_OPTION) {
                return Optional.of("Each option has 1 to " + MAX_OPTION + " characters");
            }
        }
        return Optional.empty();
    }
}
