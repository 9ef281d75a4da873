package dev.marquee.platform.interfaces.rest.auth;

import dev.marquee.platform.application.setup.OrganizerSetup;
import dev.marquee.platform.application.signin.PasswordAuthentication;
import dev.marquee.platform.application.signin.SignInService;
import dev.marquee.platform.domain.model.account.Account;
import dev.marquee.platform.interfaces.rest.security.SessionCookies;
import dev.marquee.platform.interfaces.rest.security.SignInEndpoint;
import dev.marquee.platform.spi.auth.Identity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Creates the first organizer with the one-time token printed in the log, and signs them in. */
@Path("setup")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-in")
public class SetupResource {

    @Inject
    OrganizerSetup setup;

    @Inject
    SignInService signIns;

    @Inject
    SessionCookies cookies;

    @POST
    @SignInEndpoint
    @Operation(summary = "Create the first organizer with the setup token from the server log")
    public Response complete(@Valid @NotNull SetupInput input) {
        String name = input.displayName == null || input.displayName.isBlank() ? "Organizer" : input.displayName;
        Account account = setup.completeSetup(input.token, input.email, input.password, name);
        var session = signIns.open(new Identity(account.subject(), account.displayName(), account.email(),
                account.rolesFor(null), null), PasswordAuthentication.ID);
        return Response.ok(SessionView.of(session.caller())).cookie(cookies.issue(session)).build();
    }
}
