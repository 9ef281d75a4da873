// "/admin#/invite/<token>": opening a team invitation. A new person sets a name and password; someone
// with an account signs in with it. Either way the role is theirs and they land in the console.
import { useEffect, useState } from 'preact/hooks';
import { describe, post } from '../lib/api';
import { Field, valueOf } from './Field';
import { formErrors, NO_ERRORS } from './formErrors';
import { go } from './useHashRoute';

interface Offer { email: string; eventTitle: string; stageName: string | null; role: string; description: string; accountExists: boolean }

export function InvitePage({ token, onAccepted }: { token: string; onAccepted: () => void }) {
  const [offer, setOffer] = useState<Offer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    post<Offer>('/team/invitations/preview', { token }).then(setOffer).catch((e) => setError(describe(e)));
  }, [token]);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      await post('/team/invitations/accept', { token, displayName: name, password });
      go('events');
      onAccepted();
    } catch (err) {
      setErrors(formErrors(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="content">
      <h1>Join the team</h1>
      {error && <p class="status error" role="alert">{error}</p>}
      {!offer && !error && <p aria-live="polite">Loading…</p>}
      {offer && (
        <form class="stack card" onSubmit={submit}>
          <p>You are invited to <strong>{offer.description}</strong>, as <strong>{offer.email}</strong>.</p>
          {offer.accountExists ? (
            <p class="muted">This address already has a Marquee account: sign in with its password to accept.</p>
          ) : (
            <Field id="invite-name" label="Your name" help="Shown beside your messages in the chat." error={errors.fields.displayName}>
              {(a) => <input {...a} autoComplete="name" value={name} onInput={(e) => setName(valueOf(e))} />}
            </Field>
          )}
          <Field id="invite-password" label={offer.accountExists ? 'Password' : 'Choose a password'} required
            help={offer.accountExists ? null : 'At least 10 characters.'} error={errors.fields.password}>
            {(a) => <input {...a} type="password" autoComplete={offer.accountExists ? 'current-password' : 'new-password'}
              value={password} onInput={(e) => setPassword(valueOf(e))} />}
          </Field>
          {errors.form && <p class="status error" role="alert">{errors.form}</p>}
          <div><button type="submit" disabled={busy}>Accept invitation</button></div>
        </form>
      )}
    </main>
  );
}
