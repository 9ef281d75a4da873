package dev.marquee.systemtest;

/** Tickets to access codes on the embedded H2 database. */
@Database(Database.Kind.H2)
class TicketsToAccessCodesOnH2IT extends TicketsToAccessCodesContract {
}
