/** The RTMP plugin's REST API: rotating a stage's stream key. */
package dev.marquee.plugin.rtmp.rest;
