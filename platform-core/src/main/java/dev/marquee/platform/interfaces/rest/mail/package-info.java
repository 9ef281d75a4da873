/** The organizer console's mail status and test mail over REST. */
package dev.marquee.platform.interfaces.rest.mail;
