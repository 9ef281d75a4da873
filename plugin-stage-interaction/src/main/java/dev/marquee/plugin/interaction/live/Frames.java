package dev.marquee.plugin.interaction.live;

import static dev.marquee.plugin.interaction.JsonSupport.JSON;

import dev.marquee.plugin.interaction.domain.Poll;
import dev.marquee.plugin.interaction.domain.PollResults;
import dev.marquee.plugin.interaction.domain.Question;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The server's interaction frames, as JSON text (docs/interaction.md lists them). {@code personIds} turns a
 * subject into the opaque id frames carry (core's {@code OpaquePersonIds}); subjects never leave the server.
 */
public final class Frames {

    private Frames() {
    }

    /** {@code qa.question}: a question as people see it (no author when asked anonymously). */
    public static JsonObject question(Question q, UnaryOperator<String> personIds) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("type", "qa.question").add("id", q.id()).add("text", q.text());
        if (q.anonymous()) {
            b.addNull("author");
        } else {
            b.add("author", JSON.createObjectBuilder().add("id", personIds.apply(q.authorSubject()))
                    .add("name", q.authorName()));
        }
        return b.add("votes", q.votes()).add("answered", q.answered()).add("pinned", q.pinned())
                .add("hidden", q.hidden()).add("approved", q.approved()).add("createdAt", q.createdAt().toString())
                .build();
    }

    /** {@code qa.question} with {@code removed}: the question left the queue of people who do not lead. */
    public static String removed(long questionId) {
        return JSON.createObjectBuilder().add("type", "qa.question").add("id", questionId).add("removed", true)
                .build().toString();
    }

    /** {@code qa.queue}: the queue a person sees when they join, in order. */
    public static String queue(List<Question> ordered, UnaryOperator<String> personIds) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        ordered.forEach(q -> items.add(question(q, personIds)));
        return JSON.createObjectBuilder().add("type", "qa.queue").add("questions", items).build().toString();
    }

    /** {@code poll.open}. */
    public static String pollOpen(Poll p) {
        return JSON.createObjectBuilder().add("type", "poll.open").add("id", p.id()).add("question", p.question())
                .add("options", strings(p.options())).add("multiple", p.multiple()).add("changeable", p.changeable())
                .add("resultsLive", p.resultsLive()).build().toString();
    }

    /** {@code poll.results} or {@code poll.close} (final results). */
    public static String pollResults(String type, PollResults r) {
        return JSON.createObjectBuilder().add("type", type).add("id", r.pollId()).add("counts", ints(r.counts()))
                .add("total", r.total()).build().toString();
    }

    /** {@code poll.voted}: what the voter's ballot now says. */
    public static String voted(long pollId, List<Integer> options) {
        return JSON.createObjectBuilder().add("type", "poll.voted").add("id", pollId).add("options", ints(options))
                .build().toString();
    }

    /** {@code reaction.burst}: the reactions of one interval, by emoji. */
    public static String burst(Map<String, Integer> counts) {
        JsonObjectBuilder c = JSON.createObjectBuilder();
        counts.forEach(c::add);
        return JSON.createObjectBuilder().add("type", "reaction.burst").add("counts", c).build().toString();
    }

    /** The type of the sums one instance relays to a stage's owner; never a client's frame. */
    static final String RELAYED_REACTIONS = "reaction.relayed";

    /** {@value #RELAYED_REACTIONS}: {@code {"counts": {emoji: n}}}. */
    static String relayedReactions(Map<String, Integer> counts) {
        JsonObjectBuilder c = JSON.createObjectBuilder();
        counts.forEach(c::add);
        return JSON.createObjectBuilder().add("counts", c).build().toString();
    }

    /** {@code error}: a frame refused, and why. */
    public static String error(String error, String detail) {
        return JSON.createObjectBuilder().add("type", "error").add("error", error).add("detail", detail).build()
                .toString();
    }

    static JsonArrayBuilder strings(Collection<String> values) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }

    static JsonArrayBuilder ints(Collection<Integer> values) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }
}
