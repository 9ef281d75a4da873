package dev.marquee.systemtest;

/**
 * Small schedule exports for the import tests, written after the formats' documentation: frab's
 * {@code schedule.xml} (rooms "Saal 1" and "Werkstatt", one broken event) and pretalx's schedule JSON
 * (room "Main Hall"). Times are in 2027, with their offsets.
 */
final class ScheduleFiles {

    private ScheduleFiles() {
    }

    /** Three talks and one without a duration; {@code keynote} is the first talk's title. */
    static String frabXml(String keynote) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <schedule>
                  <version>1.0</version>
                  <conference>
                    <acronym>hc27</acronym>
                    <title>HackConf 2027</title>
                    <time_zone_name>Europe/Berlin</time_zone_name>
                  </conference>
                  <day index="1" date="2027-06-10">
                    <room name="Saal 1">
                      <event guid="7d6b2c1e-0001-4000-8000-00000000c001" id="301">
                        <date>2027-06-10T10:00:00+02:00</date><start>10:00</start><duration>00:45</duration>
                        <room>Saal 1</room><title>%s</title><type>Talk</type>
                        <abstract>Why we are here.</abstract>
                        <persons><person id="1">Ada Lovelace</person></persons>
                      </event>
                      <event guid="7d6b2c1e-0001-4000-8000-00000000c002" id="302">
                        <date>2027-06-10T11:00:00+02:00</date><start>11:00</start><duration>00:30</duration>
                        <room>Saal 1</room><title>Streaming at scale</title>
                        <persons><person id="2">Grace Hopper</person></persons>
                      </event>
                      <event guid="7d6b2c1e-0001-4000-8000-00000000c004" id="304">
                        <date>2027-06-10T15:00:00+02:00</date><start>15:00</start>
                        <room>Saal 1</room><title>Broken: no duration</title>
                      </event>
                    </room>
                    <room name="Werkstatt">
                      <event guid="7d6b2c1e-0001-4000-8000-00000000c003" id="303">
                        <date>2027-06-10T13:00:00+02:00</date><start>13:00</start><duration>01:30</duration>
                        <room>Werkstatt</room><title>Hands-on: OBS scenes</title>
                        <persons><person id="3">Alan Turing</person><person id="4">Hedy Lamarr</person></persons>
                      </event>
                    </room>
                  </day>
                </schedule>
                """.formatted(keynote);
    }

    /** Two talks in the "Main Hall"; {@code second} is the second talk's title. */
    static String pretalxJson(String second) {
        return """
                {"$schema": "https://c3voc.de/schedule/schema.json",
                 "generator": {"name": "pretalx", "version": "2025.1.0"},
                 "schedule": {"version": "0.7", "base_url": "https://pretalx.example.org",
                  "conference": {"acronym": "dd27", "title": "DevDays 2027", "start": "2027-03-02", "end": "2027-03-02",
                   "daysCount": 1, "timeslot_duration": "00:05", "time_zone_name": "America/New_York",
                   "rooms": [{"name": "Main Hall", "guid": "11111111-0000-4000-8000-000000000001"}],
                   "days": [{"index": 1, "date": "2027-03-02", "day_start": "2027-03-02T04:00:00-05:00",
                     "day_end": "2027-03-03T03:59:00-05:00",
                     "rooms": {"Main Hall": [
                       {"guid": "22222222-0000-4000-8000-000000000001", "code": "AAA111", "id": 401,
                        "date": "2027-03-02T09:00:00-05:00", "start": "09:00", "duration": "00:30",
                        "room": "Main Hall", "slug": "dd27-401", "title": "Opening", "type": "Talk",
                        "abstract": "Hello.", "description": "",
                        "persons": [{"code": "P1", "name": "Tim Example", "public_name": "Tim E."}]},
                       {"guid": "22222222-0000-4000-8000-000000000002", "code": "BBB222", "id": 402,
                        "date": "2027-03-02T10:00:00-05:00", "start": "10:00", "duration": "01:00",
                        "room": "Main Hall", "slug": "dd27-402", "title": "%s", "type": "Workshop",
                        "abstract": "", "description": "Bring a laptop.", "persons": []}
                     ]}}]}}}
                """.formatted(second);
    }
}
