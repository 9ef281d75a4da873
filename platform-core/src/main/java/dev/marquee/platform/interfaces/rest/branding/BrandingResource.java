package dev.marquee.platform.interfaces.rest.branding;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.branding.BrandingLooks;
import dev.marquee.platform.application.branding.BrandingService;
import dev.marquee.platform.application.mail.AccessCodeMail;
import dev.marquee.platform.domain.model.branding.BrandingImageKind;
import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.interfaces.rest.event.EventView;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;

/**
 * {@code /api/v1/events/{id}/branding}: organizers set the colours and texts, upload or remove the
 * logo and header image, and preview the access-code mail. Each write answers the whole event, as
 * {@code GET /api/v1/events/{id}} shows it. The images themselves are served by {@link BrandingImageResource}.
 */
@Path("events/{id}/branding")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class BrandingResource {

    @Inject
    BrandingService branding;

    @Inject
    AccessCodeMail mail;

    @Inject
    CurrentCaller caller;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the event's colours (#rrggbb, contrast at least 4.5:1), logo alt text and about text (organizers)")
    public EventView update(@PathParam("id") long id, @Valid @NotNull BrandingInput input) {
        return EventView.of(branding.update(caller.get(), id, input.toDraft()));
    }

    @PUT
    @Path("{kind: logo|header}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload the logo (PNG, JPEG or WebP, at most 1 MiB and 2048 px a side) or header image "
            + "(at most 3 MiB and 4096 px a side) as the request body (organizers)")
    public EventView upload(@PathParam("id") long id, @PathParam("kind") String kind, InputStream body) {
        return EventView.of(branding.putImage(caller.get(), id, kindOf(kind), body));
    }

    @DELETE
    @Path("{kind: logo|header}")
    @Operation(summary = "Remove the logo or header image (organizers)")
    public EventView remove(@PathParam("id") long id, @PathParam("kind") String kind) {
        return EventView.of(branding.removeImage(caller.get(), id, kindOf(kind)));
    }

    @POST
    @Path("mail-preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The access-code mail as it would look with these colours and texts, for a sample attendee (organizers)")
    public MailPreview previewMail(@PathParam("id") long id, @Valid @NotNull BrandingInput input) {
        Event event = branding.organizersEvent(caller.get(), id);
        BrandingLooks looks = BrandingLooks.check(input.toDraft());
        return MailPreview.of(mail.preview(event, event.branding().withLooks(looks.accent(), looks.background(),
                looks.text(), looks.logoAlt(), looks.about())));
    }

    static BrandingImageKind kindOf(String key) {
        BrandingImageKind kind = BrandingImageKind.ofKey(key);
        if (kind == null) {
            throw Problem.notFound("Image kind " + key);
        }
        return kind;
    }
}
