package dev.marquee.platform.interfaces.rest.branding;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.branding.BrandingService;
import dev.marquee.platform.domain.model.branding.BrandingImage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/events/{id}/branding/{kind}/{hash}}: a branding image, to anyone who has its
 * address (pages, sign-in page and mails show it before anyone signs in). The address holds the
 * image's SHA-256, so it is cached for a year; the type is the one its bytes were checked to be, and
 * the headers keep a browser from reading it as anything but an image.
 */
@Path("events/{id}/branding/{kind: logo|header}/{hash: [0-9a-f]{64}}")
@RequestScoped
@Tag(name = "Events")
public class BrandingImageResource {

    @Inject
    BrandingService branding;

    @GET
    @Operation(summary = "A branding image by its content hash, as the event's branding gives its URL")
    public Response image(@PathParam("id") long id, @PathParam("kind") String kind, @PathParam("hash") String hash,
                          @HeaderParam("If-None-Match") String ifNoneMatch) {
        BrandingImage image = branding.image(id, BrandingResource.kindOf(kind), hash)
                .orElseThrow(() -> Problem.notFound("This image"));
        String etag = "\"" + image.hash() + "\"";
        Response.ResponseBuilder answer = etag.equals(ifNoneMatch) ? Response.notModified()
                : Response.ok(image.bytes(), image.mediaType());
        return answer
                .header("ETag", etag)
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Content-Disposition", "inline; filename=\"" + kind + "." + image.mediaType().substring(6) + "\"")
                .build();
    }
}
