package dev.marquee.plugin.interaction.rest;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.plugin.interaction.domain.InteractionSettings;
import dev.marquee.plugin.interaction.domain.ReactionSet;
import dev.marquee.plugin.interaction.live.StageSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/** {@code /api/v1/stages/{id}/interaction}: what a stage offers its audience (Q&A, polls, reactions). */
@Path("stages/{id}/interaction")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Interaction")
public class InteractionSettingsResource {

    @Inject
    InteractionAccess access;

    @Inject
    StageSettings settings;

    @GET
    @Operation(summary = "The stage's interaction settings (anyone who may watch the stage)")
    public Map<String, Object> get(@PathParam("id") long stageId) {
        access.requireViewer(stageId);
        return Views.settings(settings.of(stageId));
    }

    @PUT
    @Operation(summary = "Change the stage's interaction settings (organizers); fields left out keep their value")
    public Map<String, Object> update(@PathParam("id") long stageId, @NotNull Map<String, Object> input) {
        access.requireOrganizer(stageId);
        InteractionSettings merged = merge(settings.of(stageId), input);
        return Views.settings(settings.save(stageId, merged));
    }

    static InteractionSettings merge(InteractionSettings now, Map<String, Object> input) {
        Map<String, Object> qa = section(input, "qa");
        Map<String, Object> polls = section(input, "polls");
        Map<String, Object> reactions = section(input, "reactions");
        List<String> set = now.reactionSet();
        Object given = reactions.get("set");
        if (given != null) {
            if (!(given instanceof List<?> list) || list.stream().anyMatch(e -> !(e instanceof String))) {
                throw Problem.invalid("reactions.set is a list of emoji");
            }
            set = list.stream().map(String.class::cast).toList();
            ReactionSet.problem(set).ifPresent(p -> {
                throw Problem.invalid(p);
            });
        }
        return new InteractionSettings(
                flag(qa, "enabled", "qa", now.qaEnabled()), flag(qa, "premoderated", "qa", now.qaPremoderated()),
                flag(qa, "anonymous", "qa", now.qaAnonymous()), flag(qa, "locked", "qa", now.qaLocked()),
                flag(polls, "enabled", "polls", now.pollsEnabled()),
                flag(reactions, "enabled", "reactions", now.reactionsEnabled()), set);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> input, String name) {
        Object value = input.get(name);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?>)) {
            throw Problem.invalid(name + " is an object");
        }
        return (Map<String, Object>) value;
    }

    private static boolean flag(Map<String, Object> section, String field, String name, boolean now) {
        Object value = section.get(field);
        if (value == null) {
            return now;
        }
        if (!(value instanceof Boolean b)) {
            throw Problem.invalid(name + "." + field + " is true or false");
        }
        return b;
    }
}
