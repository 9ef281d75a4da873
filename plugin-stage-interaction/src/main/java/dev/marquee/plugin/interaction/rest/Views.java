package dev.marquee.plugin.interaction.rest;

import dev.marquee.plugin.interaction.domain.InteractionSettings;
import dev.marquee.plugin.interaction.domain.Poll;
import dev.marquee.plugin.interaction.domain.PollResults;
import dev.marquee.plugin.interaction.domain.Question;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The JSON of settings, questions and polls over REST (the same fields as the socket frames). */
final class Views {

    private Views() {
    }

    static Map<String, Object> settings(InteractionSettings s) {
        Map<String, Object> qa = new LinkedHashMap<>();
        qa.put("enabled", s.qaEnabled());
        qa.put("premoderated", s.qaPremoderated());
        qa.put("anonymous", s.qaAnonymous());
        qa.put("locked", s.qaLocked());
        Map<String, Object> reactions = new LinkedHashMap<>();
        reactions.put("enabled", s.reactionsEnabled());
        reactions.put("set", s.reactionSet());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("qa", qa);
        out.put("polls", Map.of("enabled", s.pollsEnabled()));
        out.put("reactions", reactions);
        return out;
    }

    static Map<String, Object> question(Question q, UnaryOperator<String> personIds) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", q.id());
        out.put("text", q.text());
        out.put("author", q.anonymous() ? null : Map.of("id", personIds.apply(q.authorSubject()), "name", q.authorName()));
        out.put("votes", q.votes());
        out.put("answered", q.answered());
        out.put("pinned", q.pinned());
        out.put("hidden", q.hidden());
        out.put("approved", q.approved());
        out.put("createdAt", q.createdAt().toString());
        return out;
    }

    static Map<String, Object> poll(Poll p, PollResults r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", p.id());
        out.put("question", p.question());
        out.put("options", p.options());
        out.put("multiple", p.multiple());
        out.put("changeable", p.changeable());
        out.put("resultsLive", p.resultsLive());
        out.put("state", p.state().wire());
        out.put("counts", r.counts());
        out.put("total", r.total());
        return out;
    }
}
