-- When a mail's last error happened, for the console's mail status ("last failure at ...").
ALTER TABLE mail_outbox ADD COLUMN last_error_at TIMESTAMP WITH TIME ZONE;
