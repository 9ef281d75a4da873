package dev.marquee.platform.infrastructure.outbound;

/** What an IP address is, as far as outbound requests care; everything but {@link #PUBLIC} is refused by default. */
enum AddressKind {
    PUBLIC("a public address"),
    LOOPBACK("a loopback address"),
    UNSPECIFIED("an unspecified address"),
    PRIVATE("a private-network address"),
    LINK_LOCAL("a link-local address (where cloud metadata services answer)"),
    MULTICAST("a multicast address"),
    SHARED("a carrier-grade NAT address"),
    RESERVED("a reserved or broadcast address");

    private final String description;

    AddressKind(String description) {
        this.description = description;
    }

    /** In words, with an article: "a loopback address". */
    String description() {
        return description;
    }
}
