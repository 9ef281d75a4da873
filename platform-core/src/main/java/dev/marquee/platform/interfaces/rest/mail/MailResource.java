package dev.marquee.platform.interfaces.rest.mail;

import dev.marquee.platform.application.mail.MailStatusService;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.Map;

/** {@code /api/v1/mail}: whether mail works ({@code /status}) and a test mail sent now ({@code /test}); organizers. */
@Path("mail")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mail")
public class MailResource {

    @Inject
    MailStatusService mail;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("status")
    @Operation(summary = "Whether a mail server is configured, the outbox's backlog and failures, the last send (organizers)")
    public MailStatusView status() {
        return MailStatusView.of(mail.status(caller.get()));
    }

    @POST
    @Path("test")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a test mail now and answer when the mail server took it (organizers; a few a minute); "
            + "409 mail_not_configured without a mail server, 502 mail_not_sent with the server's reason")
    public Map<String, Object> test(@Valid @NotNull TestMailInput input) {
        Instant sentAt = mail.sendTest(caller.get(), input.to.trim());
        return Map.of("to", input.to.trim(), "sentAt", sentAt);
    }
}
