package dev.marquee.systemtest;

/** Tickets to access codes on PostgreSQL. */
@Database(Database.Kind.POSTGRES)
class TicketsToAccessCodesOnPostgresIT extends TicketsToAccessCodesContract {
}
