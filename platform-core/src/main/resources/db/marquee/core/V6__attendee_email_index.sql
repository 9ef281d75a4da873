-- Attendees are looked up by email address alone (not only within one event) since attendees can ask
-- for their code again and list their events (/me): without this index each such request scans the table.
CREATE INDEX ix_attendee_email ON attendee (email);
