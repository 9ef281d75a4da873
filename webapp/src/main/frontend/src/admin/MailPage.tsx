// The console's mail status: is a mail server configured, is mail going out, and a test mail sent now.
import { useState } from 'preact/hooks';
import { describe, post } from '../lib/api';
import { Field, valueOf } from './Field';
import { mailProblem } from './mailProblem';
import { useMailStatus } from './useMailStatus';

const SETTINGS: [string, string][] = [
  ['marquee.mail.smtp.host', 'your mail server (required: without it nothing is sent)'],
  ['marquee.mail.smtp.port', 'its port, 587 by default (465 for TLS from the first byte)'],
  ['marquee.mail.smtp.username / .password', 'the login, if the server wants one'],
  ['marquee.mail.smtp.security', 'starttls (default), tls, or none (clear text, only on a network you trust)'],
  ['marquee.mail.from', 'the sender, e.g. "HackConf <tickets@example.org>"'],
];

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : 'never');

export function MailPage() {
  const [status, reload] = useMailStatus();
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const send = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setResult(null);
    try {
      await post('/mail/test', { to });
      setResult({ kind: 'ok', text: `The mail server took the test mail to ${to}. Check that inbox (and its spam folder).` });
    } catch (err) {
      setResult({ kind: 'error', text: describe(err) });
    } finally {
      setBusy(false);
      reload();
    }
  };
  if (!status) return <p aria-live="polite">Loading…</p>;
  const problem = mailProblem(status);
  return (
    <section aria-labelledby="mail-title">
      <h1 id="mail-title">Mail</h1>
      <p class={'status ' + (problem ? 'warn' : 'ok')} role="status" data-mail-state>
        {problem ?? (status.lastSentAt ? 'Mail is configured and going out.' : 'Mail is configured; nothing has been sent yet.')}
      </p>
      <dl class="facts">
        <dt>Mail server</dt>
        <dd>{status.configured ? <><code>{status.server}</code> ({status.security})</> : <strong>not configured</strong>}</dd>
        <dt>Sender</dt><dd>{status.from}</dd>
        <dt>Waiting in the outbox</dt><dd data-mail-pending>{status.pending}</dd>
        <dt>Given up after repeated failures</dt><dd>{status.failed}</dd>
        <dt>Last mail sent</dt><dd data-mail-last-sent>{when(status.lastSentAt)}</dd>
        <dt>Last error of a mail not sent</dt>
        <dd>{status.lastFailure ? <>{when(status.lastFailureAt)}: {status.lastFailure}</> : 'none'}</dd>
      </dl>
      {!status.configured && (
        <>
          <h2>How to configure mail</h2>
          <p>The server's operator sets these (as settings or environment variables, e.g. <code>MARQUEE_MAIL_SMTP_HOST</code>)
            and restarts Marquee; mails waiting in the outbox then go out. Until then, hand codes over yourself:
            <em> Show a new code</em> on an event's Attendees tab.</p>
          <table>
            <thead><tr><th>Setting</th><th>What it is</th></tr></thead>
            <tbody>{SETTINGS.map(([key, text]) => <tr key={key}><td><code>{key}</code></td><td>{text}</td></tr>)}</tbody>
          </table>
        </>
      )}
      <h2 id="test-mail-title">Send a test mail</h2>
      <form class="stack card" onSubmit={send} aria-labelledby="test-mail-title">
        <Field id="test-mail-to" label="Send it to" required
          help="The mail says who sent it and when; it holds no code. A few test mails a minute.">
          {(a) => <input {...a} type="email" autoComplete="email" value={to} onInput={(e) => setTo(valueOf(e))} />}
        </Field>
        <div><button type="submit" disabled={busy || !status.configured}>Send test mail</button></div>
        {!status.configured && <p class="muted">Configure a mail server first: there is nothing to test yet.</p>}
        {result && <p class={'status ' + result.kind} role={result.kind === 'error' ? 'alert' : 'status'}
          data-test-mail-result>{result.text}</p>}
      </form>
    </section>
  );
}
