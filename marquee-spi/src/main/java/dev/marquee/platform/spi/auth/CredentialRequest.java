package dev.marquee.platform.spi.auth;

import java.util.Map;

/**
 * What a person typed ({@code email} and {@code password}, or {@code code}) and where the request came
 * from, for per-address limits. {@code toString} leaves the values out.
 *
 * @since 0.1.0
 */
public record CredentialRequest(Map<String, String> credentials, String clientAddress) {

    public CredentialRequest {
        credentials = Map.copyOf(credentials);
    }

    public String get(String name) {
        return credentials.getOrDefault(name, "");
    }

    @Override
    public String toString() {
        return "CredentialRequest" + credentials.keySet() + " from " + clientAddress;
    }
}
