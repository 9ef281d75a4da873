// The organizer's sign-in: email and password (attendees use their access code at /login).
import { useState } from 'preact/hooks';
import { describe, post } from '../lib/api';
import { Field, valueOf } from './Field';

export function SignIn({ onSignedIn, note }: { onSignedIn: () => void; note?: string }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await post('/auth/login', { email, password });
      onSignedIn();
    } catch (err) {
      setError(describe(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="content">
      <h1>Organizer sign-in</h1>
      {note && <p class="status warn">{note}</p>}
      <form class="stack card" onSubmit={submit}>
        <Field id="email" label="Email" required>
          {(a) => <input {...a} type="email" autoComplete="username" value={email} onInput={(e) => setEmail(valueOf(e))} />}
        </Field>
        <Field id="password" label="Password" required>
          {(a) => <input {...a} type="password" autoComplete="current-password" value={password}
            onInput={(e) => setPassword(valueOf(e))} />}
        </Field>
        {error && <p class="status error" role="alert">{error}</p>}
        <div><button type="submit" disabled={busy}>Sign in</button></div>
      </form>
      <p class="muted">Have an access code for an event? <a href="/login">Sign in here</a>.</p>
    </main>
  );
}
