package dev.marquee.plugin.twilio.api;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The SDK's HTTP client with two changes: time limits of our choosing, and every request sent to
 * {@code base} instead of {@code https://<product>.twilio.com} (the SDK has no base-URL setting, and
 * a {@link Request}'s URL is final, so each request is rebuilt with everything it carries).
 * With Twilio's own address as the base, requests go out unchanged.
 */
public class RebasingHttpClient extends NetworkHttpClient {

    private static final Pattern TWILIO_HOST = Pattern.compile("^https://[a-z0-9.-]+\\.twilio\\.com");

    private final String base;

    public RebasingHttpClient(String base, Duration timeout) {
        super(requestConfig(timeout), SocketConfig.custom().setSoTimeout(Timeout.of(timeout)).build());
        this.base = base.replaceAll("/+$", "");
    }

    @Override
    public Response makeRequest(Request in) {
        String url = TWILIO_HOST.matcher(in.getUrl()).replaceFirst(base);
        return super.makeRequest(url.equals(in.getUrl()) ? in : rebuilt(in, url));
    }

    private static Request rebuilt(Request in, String url) {
        Request out = new Request(in.getMethod(), url);
        in.getQueryParams().forEach((name, values) -> values.forEach(value -> out.addQueryParam(name, value)));
        in.getPostParams().forEach((name, values) -> values.forEach(value -> out.addPostParam(name, value)));
        in.getHeaderParams().forEach((name, values) -> values.forEach(value -> out.addHeaderParam(name, value)));
        if (in.getUsername() != null) {
            out.setAuth(in.getUsername(), in.getPassword());
        } else if (in.getAuthStrategy() != null) {
            out.setAuth(in.getAuthStrategy());
        }
        if (in.getContentType() != null) {
            out.setContentType(in.getContentType());
        }
        if (in.getBody() != null) {
            out.setBody(in.getBody());
        }
        if (in.getFormParameters() != null && !in.getFormParameters().isEmpty()) {
            out.setFormParameters(in.getFormParameters());
        }
        out.setUserAgentExtensions(in.getUserAgentExtensions());
        return out;
    }

    @SuppressWarnings("deprecation")
    private static RequestConfig requestConfig(Duration timeout) {
        Timeout limit = Timeout.of(timeout);
        return RequestConfig.custom().setConnectTimeout(limit).setConnectionRequestTimeout(limit)
                .setResponseTimeout(limit).build();
    }
}
