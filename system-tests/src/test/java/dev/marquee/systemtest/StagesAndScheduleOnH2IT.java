package dev.marquee.systemtest;

/** The stages and schedule contract on the embedded H2 database. */
@Database(Database.Kind.H2)
class StagesAndScheduleOnH2IT extends StagesAndScheduleContract {
}
