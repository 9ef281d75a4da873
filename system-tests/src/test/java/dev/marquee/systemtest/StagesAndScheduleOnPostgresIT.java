package dev.marquee.systemtest;

/** The stages and schedule contract on PostgreSQL. */
@Database(Database.Kind.POSTGRES)
class StagesAndScheduleOnPostgresIT extends StagesAndScheduleContract {
}
