// Low-latency HLS viewer for the fan-out benchmark, as light as the HTTP-FLV one but doing what
// hls.js does on the wire: the multivariant playlist once, then a loop of blocking media-playlist
// reloads for the part the preload hint names (_HLS_msn/_HLS_part) and a GET of every new part, one
// after the other on one keep-alive connection per viewer (HttpConnection: a bare HTTP/1.1 client on a
// socket, because node:http's own per-request cost made the load client, not the server, the limit at
// 1,000 viewers on this 2-core machine). Each part's video time comes from its tfdt box;
// sink.media(v, 9, ms, independent, false, now) is called once per part, sink.closed(v, reason) once
// when the viewer fails.
'use strict';
const { performance } = require('node:perf_hooks');
const { HttpConnection } = require('./http-connection');

const now = () => performance.timeOrigin + performance.now();
const VIDEO_TRACK = 1;
const VIDEO_TIMESCALE = 90000;

function openLlHls(v, url, sink) {
  v.connection = null;
  v.bytes = 0;
  v.requests = 0;
  v.seen = new Set();
  run(v, url, sink).catch((e) => { if (!v.ended) { v.ended = true; sink.closed(v, String(e.message || e)); } });
  return v;
}

function closeLlHls(v) {
  v.ended = true;
  if (v.connection) v.connection.destroy();
}

async function run(v, url, sink) {
  const multivariant = (await get(v, url)).toString('utf8');
  const variant = multivariant.split('\n').find((l) => l && !l.startsWith('#'));
  const media = new URL(variant || url, url).href;
  let playlist = parse((await get(v, media)).toString('latin1'));
  // start where a player does: the last independent part, then follow the preload hints
  const start = [...playlist.parts].reverse().find((p) => p.independent);
  let from = start ? start.order : Infinity;
  while (!v.ended) {
    for (const part of playlist.parts) {
      if (part.order < from || v.seen.has(part.uri)) continue;
      v.seen.add(part.uri);
      const body = await get(v, new URL(part.uri, media).href);
      sink.media(v, 9, videoMillis(body), part.independent, false, now());
    }
    from = -Infinity;
    if (v.seen.size > 200) v.seen = new Set([...v.seen].slice(-100));
    if (!playlist.hint) throw new Error('the playlist has no preload hint (the stream ended?)');
    const next = new URL(media);
    next.searchParams.set('_HLS_msn', playlist.hint.msn);
    next.searchParams.set('_HLS_part', playlist.hint.part);
    playlist = parse((await get(v, next.href)).toString('latin1'));
  }
}

/** The parts a media playlist lists (in order) and its preload hint. */
function parse(text) {
  const parts = [];
  let hint = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('#EXT-X-PART:')) {
      const uri = /URI="([^"]+)"/.exec(line)[1];
      const [msn, index] = numbers(uri);
      parts.push({ uri, order: msn * 1000 + index, independent: line.includes('INDEPENDENT=YES') });
    } else if (line.startsWith('#EXT-X-PRELOAD-HINT:')) {
      const [msn, part] = numbers(/URI="([^"]+)"/.exec(line)[1]);
      hint = { msn, part };
    }
  }
  return { parts, hint };
}

/** part-<stream>-<msn>.<part>.m4s → [msn, part] */
function numbers(uri) {
  const m = /-(\d+)\.(\d+)\.m4s$/.exec(uri);
  if (!m) throw new Error('not a part address: ' + uri);
  return [Number(m[1]), Number(m[2])];
}

/** The video track's baseMediaDecodeTime (tfdt) in a part, in milliseconds; -1 when there is none. */
function videoMillis(buf) {
  const box = (from, to, type) => {
    for (let at = from; at + 8 <= to;) {
      const size = buf.readUInt32BE(at);
      if (size < 8) return null;
      if (buf.toString('latin1', at + 4, at + 8) === type) return [at + 8, at + size];
      at += size;
    }
    return null;
  };
  const moof = box(0, buf.length, 'moof');
  if (!moof) return -1;
  for (let at = moof[0]; at + 8 <= moof[1];) {
    const size = buf.readUInt32BE(at);
    if (size < 8) break;
    if (buf.toString('latin1', at + 4, at + 8) === 'traf') {
      const tfhd = box(at + 8, at + size, 'tfhd');
      const tfdt = box(at + 8, at + size, 'tfdt');
      if (tfhd && tfdt && buf.readUInt32BE(tfhd[0] + 4) === VIDEO_TRACK) {
        const version = buf[tfdt[0]];
        const ticks = version === 1 ? Number(buf.readBigUInt64BE(tfdt[0] + 4)) : buf.readUInt32BE(tfdt[0] + 4);
        return Math.round(ticks * 1000 / VIDEO_TIMESCALE);
      }
    }
    at += size;
  }
  return -1;
}

async function get(v, url) {
  v.requests++;
  const u = new URL(url);
  if (!v.connection || v.connection.closed) {
    v.connection = new HttpConnection(u.hostname, Number(u.port) || 80, 'marquee-rtmp-bench');
  }
  const { status, body } = await v.connection.get(u.pathname + u.search);
  v.bytes += body.length;
  if (status !== 200) throw new Error(`HTTP ${status} for ${u.pathname.split('/').pop()}`);
  return body;
}

module.exports = { openLlHls, closeLlHls, videoMillis, parse };
