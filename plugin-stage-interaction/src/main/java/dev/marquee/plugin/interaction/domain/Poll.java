package dev.marquee.plugin.interaction.domain;

import java.time.Instant;
import java.util.List;

/** A poll of a stage: its question and 2 to 10 options (text made safe), how people vote, and its state. */
public record Poll(long id, long stageId, String question, List<String> options, boolean multiple,
                   boolean changeable, boolean resultsLive, PollState state, Instant createdAt) {

    public Poll {
        options = List.copyOf(options);
    }

    public Poll withState(PollState next) {
        return new Poll(id, stageId, question, options, multiple, changeable, resultsLive, next, createdAt);
    }
}
