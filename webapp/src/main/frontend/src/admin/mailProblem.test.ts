import { describe, expect, it } from 'vitest';
import { mailProblem } from './mailProblem';
import type { MailStatus } from './useMailStatus';

const base: MailStatus = {
  configured: true, server: 'smtp.example.org:587', security: 'starttls', from: 'Marquee <no-reply@example.org>',
  pending: 0, failed: 0, lastSentAt: null, lastFailureAt: null, lastFailure: null,
};

describe('mailProblem', () => {
  it('says mail is not configured, with the waiting mails', () => {
    expect(mailProblem({ ...base, configured: false, server: null, pending: 3 }))
      .toBe('Mail is not configured on this server: access codes are not mailed to attendees (3 waiting in the outbox).');
  });

  it('says mail is not going out when mails wait with an error', () => {
    expect(mailProblem({ ...base, pending: 2, lastFailure: 'The mail server cannot be reached: refused' }))
      .toContain('Mail is not going out: 2 waiting. The last error: The mail server cannot be reached');
  });

  it('is quiet when mail goes out, even with an error of a mail given up on earlier', () => {
    expect(mailProblem(base)).toBeNull();
    expect(mailProblem({ ...base, failed: 1, lastFailure: '550 no such user' })).toBeNull();
  });
});
