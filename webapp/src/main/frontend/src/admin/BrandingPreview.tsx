// Live previews for the Branding tab: the event page's header as attendees will see it, and the
// access-code mail as the server composes it (sent to a sandboxed frame: no script runs in it).
import { useEffect, useState } from 'preact/hooks';
import { ApiError, describe, post } from '../lib/api';
import { brandingVars } from '../lib/branding';
import type { Branding, MarqueeEvent } from '../lib/types';
import { EventBanner, EventLogo } from '../components/EventBanner';

interface MailPreview {
  subject: string;
  text: string;
  html: string;
}

export function BrandingPreview({ event, branding }: { event: MarqueeEvent; branding: Branding }) {
  const [mail, setMail] = useState<MailPreview | null>(null);
  const [mailError, setMailError] = useState<string | null>(null);
  const key = JSON.stringify(branding);
  useEffect(() => {
    const timer = window.setTimeout(() => {
      post<MailPreview>(`/events/${event.id}/branding/mail-preview`, branding)
        .then((m) => { setMail(m); setMailError(null); })
        .catch((e) => setMailError(e instanceof ApiError && e.fields.length > 0 ? e.fields[0].message : describe(e)));
    }, 400);
    return () => window.clearTimeout(timer);
  }, [event.id, key]);
  return (
    <div>
      <h2>Preview: event page</h2>
      <div class="branding-preview" style={brandingVars(branding)} role="group" aria-label="Preview of the event page's header">
        <div class="preview-header">
          <span class="brand">Marquee</span>
          <EventLogo title={event.title} branding={branding} />
        </div>
        <div class="preview-body">
          <EventBanner title={event.title} branding={branding} />
          <p><a href="#preview" onClick={(e) => e.preventDefault()}>A link</a>{' '}
            <button type="button" tabIndex={-1}>A button</button></p>
        </div>
      </div>
      <h2>Preview: access-code mail</h2>
      {mailError && <p class="status warn" role="status">The mail preview keeps the last readable colours. {mailError}</p>}
      {mail && <>
        <p class="muted">Subject: {mail.subject}</p>
        <iframe class="mail-preview" title="Preview of the access-code mail" sandbox="allow-same-origin" srcdoc={mail.html} />
      </>}
    </div>
  );
}
