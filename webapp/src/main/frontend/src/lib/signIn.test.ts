import { describe, expect, it } from 'vitest';
import { codeFromFragment, consoleNext, endedMessage, eventSlugOf, sameOriginAddress } from './signIn';

const ORIGIN = 'https://live.example.org';

describe('the address after signing in', () => {
  it('keeps an address on this site, made absolute', () => {
    expect(sameOriginAddress('/e/devdays', ORIGIN)).toBe(ORIGIN + '/e/devdays');
    expect(sameOriginAddress('/e/devdays?tab=schedule#now', ORIGIN)).toBe(ORIGIN + '/e/devdays?tab=schedule#now');
  });

  it('leads to the lobby for nothing or another site, however it is spelt', () => {
    for (const next of [null, '', '//evil.example', '/\\evil.example', 'https://evil.example', 'https:evil.example',
      '/\t/evil.example', 'javascript:alert(1)']) {
      const landed = sameOriginAddress(next, ORIGIN);
      expect(new URL(landed).origin, String(next)).toBe(ORIGIN);
    }
    expect(sameOriginAddress('//evil.example', ORIGIN)).toBe(ORIGIN + '/');
  });
});

describe('the console after an organizer signs in', () => {
  it('goes back to the plugin page that sent the organizer there', () => {
    expect(consoleNext('?next=%2Fp%2Fexample%2Fstages%2F7%3Ffrom%3Dmail', ORIGIN)).toBe(ORIGIN + '/p/example/stages/7?from=mail');
  });

  it('stays on the console without a next address, or with one on another site', () => {
    expect(consoleNext('', ORIGIN)).toBeNull();
    expect(consoleNext('?next=', ORIGIN)).toBeNull();
    for (const next of ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)']) {
      expect(consoleNext('?next=' + encodeURIComponent(next), ORIGIN), next).toBeNull();
    }
  });
});

describe('the event the sign-in page names', () => {
  it('is the first segment after /e/ of an event or stage page', () => {
    expect(eventSlugOf(ORIGIN + '/e/devdays')).toBe('devdays');
    expect(eventSlugOf(ORIGIN + '/e/dev%20days/main')).toBe('dev days');
    expect(eventSlugOf(ORIGIN + '/me')).toBeNull();
    expect(eventSlugOf(ORIGIN + '/')).toBeNull();
  });
});

describe('the emailed link', () => {
  it('carries the code in the fragment', () => {
    expect(codeFromFragment('#code=K7QXM-4HTRB-9CWPE')).toBe('K7QXM-4HTRB-9CWPE');
    expect(codeFromFragment('')).toBeNull();
  });

  it('explains known reasons a session ended, and no others', () => {
    expect(endedMessage('signed_out_everywhere')).toContain('Sign out everywhere');
    expect(endedMessage('device_limit')).toContain('another device');
    expect(endedMessage('something_else')).toBeNull();
    expect(endedMessage(null)).toBeNull();
  });
});
