// Minimal RTMP player for the RTMP fan-out benchmark (Adobe RTMP 1.0): simple handshake (C0/C1,
// then C2 echoing S1), connect to the application, createStream, play, then it only follows the
// chunk stream: chunk headers of types 0-3 with extended timestamps, Set Chunk Size, Window
// Acknowledgement Size (it acknowledges what it received), ping requests, and the type, timestamp
// and first two payload bytes of each audio and video message. Media payloads are skipped, never
// buffered; command and control messages (small) are collected. Same interface as flv.js:
//   openRtmp(viewer, url, sink) with url rtmp://HOST:PORT/APP/STREAM[?query]
'use strict';
const net = require('node:net');
const { performance } = require('node:perf_hooks');
const amf = require('./amf0');

const now = () => performance.timeOrigin + performance.now();
const shared = Buffer.allocUnsafe(256 * 1024);
const HANDSHAKE = 1536;
const OUR_CHUNK = 4096, OUR_WINDOW = 5000000;

function openRtmp(v, url, sink) {
  const u = new URL(url);
  const parts = u.pathname.slice(1).split('/');
  const app = parts.shift();
  const stream = decodeURIComponent(parts.join('/')) + u.search; // the query (a token) is part of the name
  v.r = {
    app, stream, tcUrl: `rtmp://${u.host}/${app}`, phase: 'handshake', hs: Buffer.alloc(1 + 2 * HANDSHAKE), hsHave: 0,
    chunkSize: 128, window: 0, inBytes: 0, acked: 0, hdr: Buffer.alloc(18), hdrHave: 0, hdrNeed: 1,
    cs: new Map(), cur: null, streamId: 0,
  };
  v.bytes = 0;
  const sock = net.connect({
    host: u.hostname, port: Number(u.port || 1935),
    onread: { buffer: shared, callback: (n, buf) => { onBytes(v, buf, n, sink); return true; } },
  });
  v.sock = sock;
  sock.setNoDelay(true);
  sock.on('connect', () => {
    const c0c1 = Buffer.alloc(1 + HANDSHAKE); // version 3, time 0, zero 0, then random bytes
    c0c1[0] = 3;
    for (let i = 9; i < c0c1.length; i += 4) c0c1.writeUInt32BE((Math.random() * 0x100000000) >>> 0, i);
    sock.write(c0c1);
  });
  sock.on('error', (e) => end(v, sink, e.code || e.message));
  sock.on('close', () => end(v, sink, v.r.phase === 'handshake' ? 'closed during handshake' : 'closed by server'));
  return v;
}

function end(v, sink, reason) {
  if (v.ended) return;
  v.ended = true;
  v.sock.destroy();
  sink.closed(v, reason);
}

function closeRtmp(v) { v.ended = true; v.sock.destroy(); }

// --- writing: one message in chunks of OUR_CHUNK (format 0, then format 3) ---
function send(v, csid, type, streamId, payload) {
  const out = [];
  for (let at = 0; at < payload.length || at === 0; at += OUR_CHUNK) {
    const part = payload.subarray(at, at + OUR_CHUNK);
    if (at === 0) {
      const h = Buffer.alloc(12);
      h[0] = csid; // format 0, csid < 64
      h.writeUIntBE(0, 1, 3); h.writeUIntBE(payload.length, 4, 3); h[7] = type; h.writeUInt32LE(streamId, 8);
      out.push(h, part);
    } else {
      out.push(Buffer.from([0xc0 | csid]), part);
    }
    if (payload.length === 0) break;
  }
  v.sock.write(Buffer.concat(out));
}
const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n >>> 0); return b; };
const command = (v, streamId, ...values) => send(v, streamId ? 8 : 3, 20, streamId, amf.encode(...values));

// --- reading ---
function onBytes(v, buf, n, sink) {
  if (v.ended) return;
  v.bytes += n;
  const r = v.r;
  let i = 0;
  if (r.phase === 'handshake') {
    const take = Math.min(r.hs.length - r.hsHave, n);
    buf.copy(r.hs, r.hsHave, 0, take);
    r.hsHave += take; i = take;
    if (r.hsHave < r.hs.length) return;
    if (r.hs[0] !== 3) return end(v, sink, `RTMP version ${r.hs[0]}`);
    v.sock.write(r.hs.subarray(1, 1 + HANDSHAKE)); // C2 = S1
    r.phase = 'chunks';
    send(v, 2, 1, 0, u32(OUR_CHUNK));
    command(v, 0, 'connect', 1, { app: r.app, type: 'nonprivate', flashVer: 'LNX 9,0,124,2', tcUrl: r.tcUrl, fpad: false,
      capabilities: 15, audioCodecs: 4071, videoCodecs: 252, videoFunction: 1 });
  }
  r.inBytes += n - i;
  const t = now();
  while (i < n && !v.ended) {
    if (r.cur) { // inside a chunk's data
      const c = r.cur;
      const take = Math.min(r.chunkLeft, n - i);
      if (c.payload) buf.copy(c.payload, c.got, i, i + take);
      else if (c.got < 2) { for (let k = 0; k < take && c.got + k < 2; k++) c.peek[c.got + k] = buf[i + k]; }
      c.got += take; i += take; r.chunkLeft -= take;
      if (r.chunkLeft > 0) break;
      r.cur = null;
      if (c.got === c.len) message(v, c, sink, t);
      continue;
    }
    // collecting a chunk header: basic header, message header, extended timestamp
    r.hdr[r.hdrHave++] = buf[i++];
    if (r.hdrHave < r.hdrNeed) continue;
    const h = r.hdr;
    const fmt = h[0] >> 6, low = h[0] & 0x3f;
    const basic = low === 0 ? 2 : low === 1 ? 3 : 1;
    if (r.hdrHave < basic) { r.hdrNeed = basic; continue; }
    const csid = low === 0 ? 64 + h[1] : low === 1 ? 64 + h[1] + h[2] * 256 : low;
    let c = r.cs.get(csid);
    if (!c) { c = { ts: 0, delta: 0, len: 0, type: 0, sid: 0, ext: false, got: 0, payload: null, peek: Buffer.alloc(2) }; r.cs.set(csid, c); }
    const msgHdr = [11, 7, 3, 0][fmt];
    if (r.hdrHave < basic + msgHdr) { r.hdrNeed = basic + msgHdr; continue; }
    const tsField = fmt < 3 ? h.readUIntBE(basic, 3) : 0;
    const ext = fmt < 3 ? tsField === 0xffffff : c.ext;
    if (ext && r.hdrHave < basic + msgHdr + 4) { r.hdrNeed = basic + msgHdr + 4; continue; }
    const tsValue = ext ? h.readUInt32BE(basic + msgHdr) : tsField;
    const starts = fmt < 3 || c.got === c.len; // a new message (format 3 may start one too)
    if (fmt === 0) { c.ts = tsValue; c.delta = 0; } else if (fmt < 3) { c.delta = tsValue; c.ts = (c.ts + tsValue) >>> 0; } else if (starts) c.ts = (c.ts + c.delta) >>> 0;
    if (fmt < 2) { c.len = h.readUIntBE(basic + 3, 3); c.type = h[basic + 6]; }
    if (fmt === 0) c.sid = h.readUInt32LE(basic + 7);
    if (fmt < 3) c.ext = ext;
    if (starts) { c.got = 0; c.payload = c.type === 8 || c.type === 9 ? null : Buffer.alloc(c.len); }
    r.hdrHave = 0; r.hdrNeed = 1;
    r.chunkLeft = Math.min(r.chunkSize, c.len - c.got);
    r.cur = c;
    if (r.chunkLeft === 0) { r.cur = null; message(v, c, sink, t); }
  }
  if (r.window && r.inBytes - r.acked >= r.window) { r.acked = r.inBytes; send(v, 2, 3, 0, u32(r.inBytes)); }
}

function message(v, c, sink, t) {
  const r = v.r, p = c.payload;
  switch (c.type) {
    case 9: {
      const frameType = c.peek[0] >> 4, avc = (c.peek[0] & 0x0f) === 7 && c.len >= 2;
      sink.media(v, 9, c.ts, frameType === 1 && (avc ? c.peek[1] === 1 : true), avc && c.peek[1] === 0, t);
      break;
    }
    case 8: sink.media(v, 8, c.ts, false, false, t); break;
    case 1: r.chunkSize = p.readUInt32BE(0) & 0x7fffffff; break;
    case 5: r.window = p.readUInt32BE(0); break;
    case 6: send(v, 2, 5, 0, u32(OUR_WINDOW)); break; // Set Peer Bandwidth: answer with our window
    case 4:
      if (p.readUInt16BE(0) === 6) { const pong = Buffer.alloc(6); pong.writeUInt16BE(7); p.copy(pong, 2, 2, 6); send(v, 2, 4, 0, pong); }
      break;
    case 20: onCommand(v, amf.decode(p), sink); break;
    default: break; // data (18), acknowledgements, aggregates: not needed here
  }
}

function onCommand(v, values, sink) {
  const [name, txn] = values, r = v.r;
  if (name === '_result' && txn === 1) {
    command(v, 0, 'createStream', 2, null);
  } else if (name === '_result' && txn === 2) {
    r.streamId = values[3];
    const buffer = Buffer.alloc(10); buffer.writeUInt16BE(3); buffer.writeUInt32BE(r.streamId, 2); buffer.writeUInt32BE(1000, 6);
    command(v, r.streamId, 'play', 0, null, r.stream, -2000);
    send(v, 2, 4, 0, buffer); // Set Buffer Length 1000 ms
    r.phase = 'playing';
  } else if (name === '_error') {
    end(v, sink, `refused: ${JSON.stringify(values[3] && values[3].code || values[3])}`);
  } else if (name === 'onStatus') {
    const code = values[3] && values[3].code;
    if (/Failed|NotFound|BadName|Rejected|Error/.test(code || '')) end(v, sink, `onStatus ${code}`);
  }
}

module.exports = { openRtmp, closeRtmp };
