// An event's attendees with the state of their access-code email; a new code can be mailed to anyone, or
// shown once to the organizer to hand over without mail.
import { useEffect, useState } from 'preact/hooks';
import { describe, get, post } from '../lib/api';
import type { MarqueeEvent } from '../lib/types';
import { MailBanner } from './MailBanner';
import { ShowCodeDialog } from './ShowCodeDialog';

interface Attendee {
  id: number;
  email: string;
  displayName: string;
  status: string;
  tickets: number;
  emailStatus: string | null;
  emailSentAt: string | null;
  emailError: string | null;
}

export function AttendeesPanel({ event }: { event: MarqueeEvent }) {
  const [attendees, setAttendees] = useState<Attendee[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const [showing, setShowing] = useState<Attendee | null>(null);
  const load = () => get<Attendee[]>(`/events/${event.id}/attendees`).then(setAttendees).catch((e) => setStatus(describe(e)));
  useEffect(() => { load(); }, [event.id]);
  const resend = async (a: Attendee) => {
    try {
      await post(`/attendees/${a.id}/access-code`);
      setStatus(`A new access code is on its way to ${a.email}; the old one no longer works.`);
    } catch (e) {
      setStatus(describe(e));
    }
    load();
  };
  const shown = (attendees ?? []).filter((a) => (a.email + ' ' + a.displayName).toLowerCase().includes(filter.toLowerCase()));
  return (
    <section aria-labelledby="attendees-title">
      <h2 id="attendees-title">Attendees {attendees && <span class="muted">({attendees.length})</span>}</h2>
      <MailBanner />
      <label>Find <input type="search" value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} /></label>
      {status && <p class="status" role="status">{status}</p>}
      <div class="table-wrap">
        <table>
          <thead><tr><th>Name</th><th>Email</th><th>Status</th><th>Tickets</th><th>Access-code email</th><th /></tr></thead>
          <tbody>
            {shown.slice(0, 500).map((a) => (
              <tr key={a.id}>
                <td>{a.displayName}</td><td>{a.email}</td><td>{a.status.toLowerCase()}</td><td>{a.tickets}</td>
                <td>{(a.emailStatus ?? 'none').toLowerCase()}{a.emailError && <div class={a.emailStatus === 'WITHDRAWN' ? 'help' : 'field-error'}>{a.emailError}</div>}</td>
                <td><div class="row">
                  <button class="secondary small" onClick={() => resend(a)} aria-label={`Mail ${a.email} a new code`}>Mail a new code</button>
                  <button class="secondary small" onClick={() => setShowing(a)} aria-label={`Show a new code for ${a.email}`}>Show a new code</button>
                </div></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {showing && <ShowCodeDialog attendee={showing} onClose={() => { setShowing(null); load(); }} />}
      {shown.length > 500 && <p class="muted">The first 500 of {shown.length} are shown; narrow the search.</p>}
    </section>
  );
}
