package dev.marquee.plugin.chat.rest;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.spi.settings.Settings;
import dev.marquee.platform.spi.settings.SettingsValidation;
import dev.marquee.plugin.chat.MarqueeChatProvider;
import dev.marquee.plugin.chat.domain.ChatStore;
import dev.marquee.plugin.chat.domain.RoomSettings;
import dev.marquee.plugin.chat.room.ChatBus;
import dev.marquee.plugin.chat.room.ChatRooms;
import dev.marquee.plugin.chat.room.Frames;
import dev.marquee.plugin.chat.room.RoomSignal;
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

import java.util.Map;

/** {@code /api/v1/stages/{id}/chat}: the stage's chat settings (open, slow mode) and how many are in it. */
@Path("stages/{id}/chat")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Chat")
public class ChatSettingsResource {

    @Inject
    ChatAccess access;

    @Inject
    MarqueeChatProvider provider;

    @Inject
    ChatStore store;

    @Inject
    ChatRooms rooms;

    @Inject
    ChatBus bus;

    @GET
    @Operation(summary = "The stage's chat: enabled, slowModeSeconds, viewers (people who may watch the stage)")
    public Map<String, Object> get(@PathParam("id") long stageId) {
        return provider.describe(access.requireViewer(stageId).stageId());
    }

    @PUT
    @Operation(summary = "Open or close the stage's chat and set slow mode (hosts and organizers)")
    public Map<String, Object> update(@PathParam("id") long stageId, @NotNull Map<String, Object> input) {
        access.requireModerator(stageId);
        SettingsValidation validation = MarqueeChatProvider.SETTINGS.validate(input, Settings.empty());
        if (!validation.valid()) {
            throw Problem.invalidSettings("The chat settings are not valid", validation.errors());
        }
        Settings s = validation.settings();
        RoomSettings saved = store.saveSettings(MarqueeChatProvider.room(stageId), s.bool("enabled"),
                s.integer("slowModeSeconds").orElse(0L).intValue());
        bus.send(RoomSignal.settings(saved, Frames.settingsChanged(saved.enabled(), saved.slowModeSeconds())));
        return provider.describe(stageId);
    }
}
