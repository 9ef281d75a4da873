/**
 * AMF0 (Action Message Format, version 0) over Netty buffers: the encoding of RTMP command and
 * data messages. {@link dev.marquee.plugin.rtmp.protocol.amf.Amf0Reader} maps wire values to plain
 * Java values and {@link dev.marquee.plugin.rtmp.protocol.amf.Amf0Writer} does the reverse:
 *
 * <table>
 *   <caption>AMF0 type to Java type</caption>
 *   <tr><th>AMF0</th><th>Java</th></tr>
 *   <tr><td>Number</td><td>{@link java.lang.Double}</td></tr>
 *   <tr><td>Boolean</td><td>{@link java.lang.Boolean}</td></tr>
 *   <tr><td>String, Long String</td><td>{@link java.lang.String}</td></tr>
 *   <tr><td>Object</td><td>{@link java.util.LinkedHashMap}{@code <String, Object>}</td></tr>
 *   <tr><td>ECMA Array</td><td>{@link dev.marquee.plugin.rtmp.protocol.amf.AmfEcmaArray}</td></tr>
 *   <tr><td>Strict Array</td><td>{@link java.util.List}{@code <Object>}</td></tr>
 *   <tr><td>Null</td><td>{@code null}</td></tr>
 *   <tr><td>Undefined</td><td>{@link dev.marquee.plugin.rtmp.protocol.amf.AmfUndefined}</td></tr>
 *   <tr><td>Date</td><td>{@link dev.marquee.plugin.rtmp.protocol.amf.AmfDate}</td></tr>
 * </table>
 *
 * <p>Malformed input always ends in an {@link dev.marquee.plugin.rtmp.protocol.amf.AmfException},
 * never in an out-of-memory error or a stack overflow.
 */
package dev.marquee.plugin.rtmp.protocol.amf;
