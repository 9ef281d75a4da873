// Says on the ticket and attendee views when access codes cannot reach attendees by mail, and what to do.
import { mailProblem } from './mailProblem';
import { useMailStatus } from './useMailStatus';

export function MailBanner() {
  const [status] = useMailStatus();
  const problem = status && mailProblem(status);
  if (!problem) return null;
  return (
    <div class="status warn banner" role="status" data-mail-banner>
      <strong>{problem}</strong>
      <p>
        Hand a code over yourself: <em>Show a new code</em> beside an attendee on the Attendees tab. Or have the
        server's operator set <code>marquee.mail.smtp.host</code> and the other mail settings.{' '}
        <a href="#/mail">Mail status and test mail</a>
      </p>
    </div>
  );
}
