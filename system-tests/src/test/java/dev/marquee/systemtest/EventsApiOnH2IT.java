package dev.marquee.systemtest;

/** The events contract on the embedded H2 database. */
@Database(Database.Kind.H2)
class EventsApiOnH2IT extends EventsApiContract {
}
