/**
 * Recording: a live stream's CMAF output handed to core's recorder as it is made, from the instance
 * that holds the publisher (relayed copies on other instances record nothing).
 */
package dev.marquee.plugin.rtmp.recording;
