package dev.marquee.plugin.weemss;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which header of the export holds each ticket field. The defaults are the headers of a Weemss
 * attendee export, in the order forms show them; an organizer overrides any of them in the source's
 * {@code columns} setting.
 */
final class WeemssColumns {

    static final String TICKET_ID = "ticketId";
    static final String ORDER_ID = "orderId";
    static final String FIRST_NAME = "firstName";
    static final String LAST_NAME = "lastName";
    static final String FULL_NAME = "fullName";
    static final String EMAIL = "email";
    static final String TICKET_TYPE = "ticketType";
    static final String STATUS = "status";
    static final String PURCHASED_AT = "purchasedAt";

    static final Map<String, String> DEFAULTS = defaults();

    private WeemssColumns() {
    }

    private static Map<String, String> defaults() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(TICKET_ID, "Ticket ID");
        map.put(ORDER_ID, "Order ID");
        map.put(FIRST_NAME, "First Name");
        map.put(LAST_NAME, "Last Name");
        map.put(FULL_NAME, "Name");
        map.put(EMAIL, "Email");
        map.put(TICKET_TYPE, "Ticket Type");
        map.put(STATUS, "Status");
        map.put(PURCHASED_AT, "Purchase Date");
        return Collections.unmodifiableMap(map);
    }

    /** The defaults with the organizer's overrides applied. */
    static Map<String, String> resolve(Map<String, String> overrides) {
        Map<String, String> map = new LinkedHashMap<>(DEFAULTS);
        map.putAll(overrides);
        return map;
    }
}
