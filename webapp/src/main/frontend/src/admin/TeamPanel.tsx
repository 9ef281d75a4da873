// An event's team: who holds which role where, the invitations still open (send again, take back), a
// form to invite someone by email, and a plain table of who may do what.
import { useEffect, useState } from 'preact/hooks';
import { del, describe, get, post } from '../lib/api';
import type { MarqueeEvent, Stage } from '../lib/types';
import { ConfirmDialog } from './ConfirmDialog';
import { Field, valueOf } from './Field';
import { formErrors, NO_ERRORS } from './formErrors';
import { PERMISSIONS, scopeLabel, TEAM_ROLES } from './team';

interface Member { grantId: number; name: string; email: string; role: string; scope: string; stageId: number | null }
interface Invitation { id: number; email: string; role: string; stageId: number | null; invitedBy: string; sentAt: string; expiresAt: string; expired: boolean }
interface Team { members: Member[]; invitations: Invitation[] }

const ROLE_NAMES: Record<string, string> = { ORGANIZER: 'Organizer', HOST: 'Host', MODERATOR: 'Moderator' };

export function TeamPanel({ event }: { event: MarqueeEvent }) {
  const [team, setTeam] = useState<Team | null>(null);
  const [stages, setStages] = useState<Stage[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const load = () => get<Team>(`/events/${event.id}/team`).then(setTeam).catch((e) => setStatus(describe(e)));
  useEffect(() => {
    load();
    get<Stage[]>(`/events/${event.id}/stages`).then(setStages).catch(() => setStages([]));
  }, [event.id]);
  const stageName = (id: number | null) => (id === null ? null : stages.find((s) => s.id === id)?.name ?? `#${id}`);
  const act = async (what: () => Promise<unknown>, done: string) => {
    try {
      await what();
      setStatus(done);
    } catch (e) {
      setStatus(describe(e));
    }
    load();
  };
  const remove = (m: Member) => {
    setRemoving(null);
    act(() => del(`/team/grants/${m.grantId}`), `${m.name} is no longer ${ROLE_NAMES[m.role]?.toLowerCase() ?? m.role} here.`);
  };
  return (
    <section aria-labelledby="team-title">
      <h2 id="team-title">Team</h2>
      {status && <p class="status" role="status">{status}</p>}
      <div class="table-wrap">
        <table aria-label="People and their roles">
          <thead><tr><th>Name</th><th>Email</th><th>Role</th><th>Where</th><th /></tr></thead>
          <tbody>
            {(team?.members ?? []).map((m) => (
              <tr key={m.grantId}>
                <td>{m.name}</td><td>{m.email}</td><td>{ROLE_NAMES[m.role] ?? m.role}</td>
                <td>{scopeLabel(m.scope, stageName(m.stageId))}</td>
                <td>{m.scope !== 'platform' && <button class="secondary small" onClick={() => setRemoving(m)}
                  aria-label={`Remove ${m.name} as ${ROLE_NAMES[m.role] ?? m.role}`}>Remove</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Invitations</h3>
      {team && team.invitations.length === 0 ? <p class="muted">No open invitations.</p> : (
        <div class="table-wrap">
          <table aria-label="Open invitations">
            <thead><tr><th>Email</th><th>Role</th><th>Where</th><th>Link valid until</th><th /></tr></thead>
            <tbody>
              {(team?.invitations ?? []).map((i) => (
                <tr key={i.id}>
                  <td>{i.email}</td><td>{ROLE_NAMES[i.role] ?? i.role}</td>
                  <td>{scopeLabel(i.stageId === null ? 'event' : 'stage', stageName(i.stageId))}</td>
                  <td>{i.expired ? 'expired' : new Date(i.expiresAt).toLocaleString()}</td>
                  <td class="actions">
                    <button class="secondary small" aria-label={`Send the invitation to ${i.email} again`}
                      onClick={() => act(() => post(`/events/${event.id}/team/invitations/${i.id}/resend`), `A new link is on its way to ${i.email}; the earlier one no longer works.`)}>Send again</button>
                    {' '}
                    <button class="secondary small" aria-label={`Take back the invitation to ${i.email}`}
                      onClick={() => act(() => del(`/events/${event.id}/team/invitations/${i.id}`), `The invitation to ${i.email} is taken back.`)}>Revoke</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <InviteForm event={event} stages={stages} onSent={(email) => { setStatus(`An invitation is on its way to ${email}.`); load(); }} />
      <h3>Who may do what</h3>
      <div class="table-wrap">
        <table aria-label="Who may do what">
          <thead><tr><th>Action</th><th>Platform organizer</th><th>Organizer of this event</th><th>Host</th><th>Moderator</th></tr></thead>
          <tbody>
            {PERMISSIONS.map((p) => (
              <tr key={p.action}>
                <td>{p.action}</td>
                {[p.organizer, p.coOrganizer, p.host, p.moderator].map((yes, n) => <td key={n}>{yes ? 'yes' : '—'}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="muted">Hosts and moderators given one stage act on that stage only; given the whole event, on all of its stages.</p>
      {removing && <ConfirmDialog title={`Remove ${removing.name}?`} confirmLabel="Remove"
        message={`${removing.name} loses this role at once and is signed out everywhere.`}
        onConfirm={() => remove(removing)} onCancel={() => setRemoving(null)} />}
    </section>
  );
}

function InviteForm({ event, stages, onSent }: { event: MarqueeEvent; stages: Stage[]; onSent: (email: string) => void }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<string>('HOST');
  const [stageId, setStageId] = useState('');
  const [errors, setErrors] = useState(NO_ERRORS);
  const submit = async (e: Event) => {
    e.preventDefault();
    setErrors(NO_ERRORS);
    try {
      await post(`/events/${event.id}/team/invitations`,
        { email, role, stageId: role === 'ORGANIZER' || stageId === '' ? null : Number(stageId) });
      onSent(email);
      setEmail('');
    } catch (err) {
      setErrors(formErrors(err));
    }
  };
  return (
    <form class="stack card" onSubmit={submit} aria-labelledby="invite-title">
      <h3 id="invite-title">Invite someone</h3>
      <Field id="invite-email" label="Email" required error={errors.fields.email}>
        {(a) => <input {...a} type="email" value={email} onInput={(e) => setEmail(valueOf(e))} />}
      </Field>
      <Field id="invite-role" label="Role" help="Organizers run this event; hosts and moderators run the chat of their stages."
        error={errors.fields.role}>
        {(a) => <select {...a} value={role} onChange={(e) => setRole(valueOf(e))}>
          {TEAM_ROLES.map((r) => <option key={r} value={r}>{ROLE_NAMES[r]}</option>)}
        </select>}
      </Field>
      {role !== 'ORGANIZER' && (
        <Field id="invite-stage" label="Stage" help="One stage, or every stage of the event." error={errors.fields.stageId}>
          {(a) => <select {...a} value={stageId} onChange={(e) => setStageId(valueOf(e))}>
            <option value="">Every stage</option>
            {stages.map((s) => <option key={s.id} value={String(s.id)}>{s.name}</option>)}
          </select>}
        </Field>
      )}
      {errors.form && <p class="status error" role="alert">{errors.form}</p>}
      <div><button type="submit">Send invitation</button></div>
    </form>
  );
}
