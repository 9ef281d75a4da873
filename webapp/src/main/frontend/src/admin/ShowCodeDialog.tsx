// "Show a new code": asks first (the attendee's current code stops working), then shows the new code and
// its sign-in link once, with copy buttons, for the organizer to hand over without mail.
import { useEffect, useRef, useState } from 'preact/hooks';
import { describe, post } from '../lib/api';

interface Shown {
  code: string;
  signInLink: string;
  expiresAt: string;
}

interface Props {
  attendee: { id: number; email: string; displayName: string };
  onClose: () => void;
}

export function ShowCodeDialog({ attendee, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  useEffect(() => { if (shown) heading.current?.focus(); }, [shown]);
  const issue = async () => {
    setBusy(true);
    setError(null);
    try {
      setShown(await post<Shown>(`/attendees/${attendee.id}/access-code?delivery=show`));
    } catch (e) {
      setError(describe(e));
    } finally {
      setBusy(false);
    }
  };
  const copy = async (what: string, id: string) => {
    try {
      await navigator.clipboard.writeText(what);
    } catch {
      const input = document.getElementById(id) as HTMLInputElement | null;
      input?.select();
      document.execCommand('copy');
    }
    setCopied(id === 'shown-code' ? 'The code is copied.' : 'The link is copied.');
  };
  return (
    <dialog ref={dialog} aria-labelledby="show-code-title" onCancel={onClose} onClose={onClose}>
      {!shown ? (
        <>
          <h2 id="show-code-title">Show a new code for {attendee.displayName}?</h2>
          <p>Marquee keeps codes only scrambled, so it makes a new one. <strong>{attendee.email}'s current code stops
            working</strong>, and no mail is sent: hand the new code over yourself.</p>
          {error && <p class="status error" role="alert">{error}</p>}
          <div class="row">
            <button onClick={issue} disabled={busy}>Show a new code</button>
            <button class="secondary" onClick={onClose} autoFocus>Cancel</button>
          </div>
        </>
      ) : (
        <>
          <h2 id="show-code-title" ref={heading} tabIndex={-1}>New code for {attendee.displayName}</h2>
          <p>Shown only now: Marquee cannot show it again. The previous code no longer works.</p>
          <div class="field">
            <label for="shown-code">Access code</label>
            <div class="copy-row">
              <input id="shown-code" class="code" readOnly value={shown.code} size={19} />
              <button class="secondary small" onClick={() => copy(shown.code, 'shown-code')}>Copy code</button>
            </div>
          </div>
          <div class="field">
            <label for="shown-link">Sign-in link (fills the code in)</label>
            <div class="copy-row">
              <input id="shown-link" readOnly value={shown.signInLink} size={40} />
              <button class="secondary small" onClick={() => copy(shown.signInLink, 'shown-link')}>Copy link</button>
            </div>
          </div>
          <p class="muted">Valid until {new Date(shown.expiresAt).toLocaleDateString()}.</p>
          <p class="muted" role="status">{copied}</p>
          <div class="row"><button onClick={onClose}>Done</button></div>
        </>
      )}
    </dialog>
  );
}
