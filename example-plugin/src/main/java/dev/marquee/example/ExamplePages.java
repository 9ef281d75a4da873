package dev.marquee.example;

import dev.marquee.platform.spi.web.Html;
import dev.marquee.platform.spi.web.PluginRequest;
import dev.marquee.platform.spi.web.PluginResponse;
import dev.marquee.platform.spi.web.PluginRoute;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.spi.web.RouteAccess;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The plugin's own pages, under {@code /p/example-embed/}: core signs the visitor in (or sends them to sign
 * in), checks the form's CSRF token, bounds the body and adds the page headers; these handlers only write
 * HTML, escaping everything that is not their own.
 * <ul>
 *   <li>{@code GET board} (anyone signed in): a greeting and a form;</li>
 *   <li>{@code POST board} (anyone signed in): the form's {@code message}, said back;</li>
 *   <li>{@code GET board.js} (anyone): the page's script, loaded from the plugin's own path.</li>
 * </ul>
 */
final class ExamplePages {

    private static final String SCRIPT = "document.querySelector('input[name=message]')?.focus();\n";

    private ExamplePages() {
    }

    static List<PluginRoute> all() {
        return List.of(
                PluginRoute.get("board", RouteAccess.SIGNED_IN, ExamplePages::board),
                PluginRoute.post("board", RouteAccess.SIGNED_IN, ExamplePages::said),
                PluginRoute.get("board.js", RouteAccess.ANYONE, request -> PluginResponse.of(200,
                        "text/javascript; charset=UTF-8", SCRIPT.getBytes(StandardCharsets.UTF_8))));
    }

    private static PluginResponse board(PluginRequest request) {
        return PluginResponse.html(page("<p>Signed in as " + Html.escape(request.caller().displayName()) + ".</p>"
                + "<form method=\"post\" action=\"board\">"
                + "<input type=\"hidden\" name=\"csrf\" value=\"" + Html.escape(request.csrfToken().orElse("")) + "\">"
                + "<label>Message <input name=\"message\" maxlength=\"200\"></label> <button>Say it</button></form>"));
    }

    private static PluginResponse said(PluginRequest request) {
        String message = request.formValue("message").map(String::strip).orElse("");
        if (message.isEmpty()) {
            throw Problem.invalid("Say something first");
        }
        return PluginResponse.html(page("<p>You said: <q>" + Html.escape(message) + "</q></p><p><a href=\"board\">Again</a></p>"));
    }

    private static String page(String main) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Example board</title>"
                + "<link rel=\"stylesheet\" href=\"/assets/base.css\">"
                + "<script src=\"/p/example-embed/board.js\" defer></script></head>\n"
                + "<body><main><h1>Example board</h1>" + main + "</main></body></html>\n";
    }
}
