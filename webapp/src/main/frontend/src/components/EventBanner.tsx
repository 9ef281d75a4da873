// The top of an event page: the event's header image (decorative), its name and its about text.
import type { ComponentChildren } from 'preact';
import type { Branding } from '../lib/types';

export function EventBanner({ title, branding, children }: { title: string; branding?: Branding | null; children?: ComponentChildren }) {
  return (
    <div class="event-banner">
      {branding?.headerUrl && <img class="event-header-image" src={branding.headerUrl} alt="" />}
      <h1>{title}</h1>
      {branding?.about && <p class="about">{branding.about}</p>}
      {children}
    </div>
  );
}

/** The event's logo with its alt text (the event's name when the organizer gave none), or nothing. */
export function EventLogo({ title, branding, href }: { title: string; branding?: Branding | null; href?: string }) {
  if (!branding?.logoUrl) return null;
  const img = <img class="event-logo" src={branding.logoUrl} alt={branding.logoAlt || title} />;
  return href ? <a class="event-logo-link" href={href}>{img}</a> : img;
}
