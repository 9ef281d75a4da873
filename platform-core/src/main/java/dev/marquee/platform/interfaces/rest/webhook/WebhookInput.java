package dev.marquee.platform.interfaces.rest.webhook;

import dev.marquee.platform.application.webhook.WebhookDraft;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A webhook as an organizer submits it: {@code url}, {@code events} ({@code ["*"]} for all), optional {@code eventId}. */
public class WebhookInput {

    @NotNull
    @Size(max = 2000)
    public String url;

    @NotNull
    @Size(min = 1, max = 20)
    public List<@NotNull @Size(max = 40) String> events;

    public Long eventId;

    WebhookDraft toDraft() {
        return new WebhookDraft(url, events, eventId);
    }
}
