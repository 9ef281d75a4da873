/** How the outside world reaches Marquee: the REST API (and, through plugins, WebSockets and pages). */
package dev.marquee.platform.interfaces;
