package dev.marquee.systemtest;

/** The events contract on PostgreSQL. */
@Database(Database.Kind.POSTGRES)
class EventsApiOnPostgresIT extends EventsApiContract {
}
