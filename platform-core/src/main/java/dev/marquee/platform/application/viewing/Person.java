package dev.marquee.platform.application.viewing;

/** Who a sign-in session belongs to. */
record Person(String subject, String displayName) {
}
