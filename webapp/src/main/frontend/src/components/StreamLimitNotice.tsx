// Shown instead of the player when the person already watches as many streams as the event allows:
// the server's message ("You are watching on 2 devices: … — stop one?") and a button that ends the oldest.
import { useState } from 'preact/hooks';
import { describe } from '../lib/api';
import { endOldestStream } from '../lib/streamLimit';

export function StreamLimitNotice({ detail, onFreed }: { detail: string; onFreed: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const endOldest = async () => {
    setBusy(true);
    setError(null);
    try {
      await endOldestStream();
      onFreed();
    } catch (e) {
      setError(describe(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="player"><div class="state" role="alert">
      <p>{detail}</p>
      <p><button type="button" onClick={endOldest} disabled={busy}>End the oldest and watch here</button></p>
      {error && <p class="status error">{error}</p>}
    </div></div>
  );
}
