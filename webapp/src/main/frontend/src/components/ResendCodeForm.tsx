// "Lost your code? Send it again": a new code to the address the ticket was bought with. The server
// answers the same whether or not it knows the address, so the page can only say what happens if it does.
import { useState } from 'preact/hooks';
import { ApiError, describe, post } from '../lib/api';

interface Accepted {
  detail: string;
}

export function ResendCodeForm({ eventSlug }: { eventSlug: string | null }) {
  const [email, setEmail] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const answer = await post<Accepted>('/access-codes/resend', eventSlug ? { email, event: eventSlug } : { email });
      setDone(answer.detail);
    } catch (failure) {
      setError(failure instanceof ApiError && failure.status === 400
        ? 'Enter the email address your ticket was bought with, like name@example.org.' : describe(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="stack" onSubmit={submit}>
      <p class="muted">
        We mail a new code to the address on your ticket{eventSlug ? ' for this event' : ''}. It replaces the old code;
        devices already signed in stay signed in.
      </p>
      <div class="field">
        <label for="resend-email">Email address of your ticket</label>
        <input id="resend-email" type="email" name="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)}
          autocomplete="email" required maxLength={320}
          aria-describedby={error ? 'resend-error' : undefined} aria-invalid={error ? true : undefined} />
        {error && <span id="resend-error" class="field-error" role="alert">{error}</span>}
      </div>
      <div><button type="submit" class="secondary" disabled={busy}>{busy ? 'Sending…' : 'Send me a new code'}</button></div>
      {done && <p id="resend-done" class="status ok" role="status">{done} Look in your spam folder too if it does not arrive within a few minutes.</p>}
    </form>
  );
}
