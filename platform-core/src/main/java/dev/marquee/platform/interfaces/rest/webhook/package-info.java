/**
 * {@code /api/v1/webhooks}: registering webhook endpoints, their delivery log and resending a message.
 * DTOs only at this boundary; a signing secret appears once, in the answer to the create.
 */
package dev.marquee.platform.interfaces.rest.webhook;
