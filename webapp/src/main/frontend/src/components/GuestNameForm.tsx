// A PUBLIC event asks a guest only for the name others will see.
import { useState } from 'preact/hooks';
import { cleanName, rememberGuestName } from '../lib/guest';

export function GuestNameForm({ onName }: { onName: (name: string) => void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    const name = cleanName(value);
    if (!name) {
      setError('Please type a name (up to 40 characters).');
      return;
    }
    rememberGuestName(name);
    onName(name);
  };
  return (
    <form class="stack card" onSubmit={submit} aria-labelledby="guest-title">
      <h2 id="guest-title">Join as a guest</h2>
      <label>
        Your display name
        <input name="displayName" value={value} maxLength={40} autoComplete="nickname" required
          aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'guest-error' : undefined}
          onInput={(e) => setValue((e.target as HTMLInputElement).value)} />
        <span class="help">Others see this name in the chat. No account needed.</span>
      </label>
      {error && <p id="guest-error" class="field-error" role="alert">{error}</p>}
      <div><button type="submit">Join</button></div>
    </form>
  );
}
