package dev.marquee.platform.interfaces.rest.ticketing;

import dev.marquee.platform.application.ticketing.ImportService;
import dev.marquee.platform.interfaces.http.BodySizeFilter;
import dev.marquee.platform.interfaces.http.BodyTooLargeException;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code /api/v1/events/{id}/imports}: run the event's ticket sources now, or import an uploaded CSV
 * file (streamed, never held whole in memory, at most {@code marquee.http.max-upload} bytes), and list
 * past runs (organizers).
 */
@Path("events/{id}/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
public class ImportsResource {

    @Inject
    ImportService imports;

    @Inject
    CurrentCaller caller;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Past import runs, newest first; a RUNNING one shows its progress")
    public List<ImportRunView> history(@PathParam("id") long eventId) {
        return imports.history(caller.get(), eventId).stream().map(ImportRunView::of).toList();
    }

    /**
     * One endpoint for both, told apart by the body's type: {@code text/csv} is a file to import; no
     * body (or JSON) runs the event's ticket sources now.
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Run the event's ticket sources now, or import the text/csv body; answers the run's summary")
    public ImportRunView run(@PathParam("id") long eventId, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
                             InputStream body) {
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("text/csv")) {
            ImportRunView run = ImportRunView.of(imports.upload(caller.get(), eventId, body));
            // A file sent without a length and cut off at marquee.http.max-upload: the reader recorded the
            // rest as unreadable (the run shows it), but the upload as a whole was refused.
            BodyTooLargeException cutOff = BodySizeFilter.cutOff(request);
            if (cutOff != null) {
                throw new UncheckedIOException(cutOff);
            }
            return run;
        }
        return ImportRunView.of(imports.runNow(caller.get(), eventId));
    }
}
