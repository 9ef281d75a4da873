// A bare HTTP/1.1 keep-alive client on one socket, one GET at a time, that counts a body's bytes as they
// arrive and keeps them only when asked (a playlist), so that hundreds of viewers fetching 2 s media
// segments cost the load client little more than the kernel's copy. Understands Content-Length and
// chunked bodies, follows no redirects, opens a new socket when the server closed the last one (its
// keep-alive limits) and retries a request once when a reused socket turns out closed before any answer.
// Gives up on a request after 20 s.
'use strict';
const net = require('node:net');

const CRLF = Buffer.from('\r\n');
const CRLF2 = Buffer.from('\r\n\r\n');

class HttpGet {
  constructor(host, port, userAgent) {
    this.host = host;
    this.port = port;
    this.userAgent = userAgent;
    this.socket = null;
    this.pending = null;
    this.reconnects = 0;
  }

  /** GET path: resolves { status, bytes, body (a Buffer when keep, else null) }. */
  get(path, keep = false) {
    if (this.pending) return Promise.reject(new Error('one request at a time'));
    return new Promise((resolve, reject) => {
      this.pending = { path, keep, resolve, reject, retried: false };
      this.send();
    });
  }

  destroy() {
    if (this.socket) this.socket.destroy();
    this.socket = null;
  }

  send() {
    const p = this.pending;
    Object.assign(p, { head: null, buffer: null, bytes: 0, pieces: p.keep ? [] : null, state: 'head', left: 0, line: null });
    clearTimeout(p.timer);
    p.timer = setTimeout(() => this.fail(new Error('no answer within 20 s')), 20000);
    if (!this.socket) this.connect();
    p.reused = this.socket.used;
    this.socket.used = true;
    this.socket.write(`GET ${p.path} HTTP/1.1\r\nHost: ${this.host}:${this.port}\r\nUser-Agent: ${this.userAgent}\r\n\r\n`);
  }

  connect() {
    const socket = net.connect(this.port, this.host);
    socket.setNoDelay(true);
    socket.used = false;
    socket.on('data', (d) => { if (this.socket === socket) this.onData(d); });
    socket.on('error', () => {});
    socket.on('close', () => {
      if (this.socket !== socket) return;
      this.socket = null;
      const p = this.pending;
      if (!p) return; // closed while idle: the next request opens a new socket
      if (p.reused && !p.head && !p.retried) { // a kept-alive socket the server had closed: once more on a new one
        p.retried = true;
        this.reconnects++;
        this.send();
      } else {
        this.fail(new Error('connection closed'));
      }
    });
    this.socket = socket;
  }

  fail(error) {
    const p = this.pending;
    this.destroy();
    if (!p) return;
    this.pending = null;
    clearTimeout(p.timer);
    p.reject(error);
  }

  done() {
    const p = this.pending;
    this.pending = null;
    clearTimeout(p.timer);
    if (p.head.close) this.destroy();
    p.resolve({ status: p.head.status, bytes: p.bytes, body: p.keep ? Buffer.concat(p.pieces) : null });
  }

  body(data) { // a piece of the body
    const p = this.pending;
    p.bytes += data.length;
    if (p.keep) p.pieces.push(data);
  }

  onData(data) {
    const p = this.pending;
    if (!p) return; // nothing asked: not expected from the servers measured
    let at = 0;
    if (p.state === 'head') {
      p.buffer = p.buffer ? Buffer.concat([p.buffer, data]) : data;
      const end = p.buffer.indexOf(CRLF2);
      if (end < 0) return;
      const lines = p.buffer.toString('latin1', 0, end).split('\r\n');
      const head = { status: Number(lines[0].split(' ')[1]), length: -1, chunked: false, close: false };
      for (let i = 1; i < lines.length; i++) {
        const colon = lines[i].indexOf(':');
        const name = lines[i].slice(0, colon).trim().toLowerCase();
        const value = lines[i].slice(colon + 1).trim().toLowerCase();
        if (name === 'content-length') head.length = Number(value);
        else if (name === 'transfer-encoding') head.chunked = value.includes('chunked');
        else if (name === 'connection') head.close = value.includes('close');
      }
      p.head = head;
      data = p.buffer;
      p.buffer = null;
      at = end + 4;
      if (head.chunked) p.state = 'size';
      else if (head.length >= 0) { p.state = 'sized'; p.left = head.length; }
      else return this.fail(new Error('a body without a length (read until close) is not supported'));
    }
    while (this.pending === p && at <= data.length) {
      if (p.state === 'sized') {
        const n = Math.min(p.left, data.length - at);
        if (n > 0) this.body(data.subarray(at, at + n));
        p.left -= n;
        at += n;
        if (p.left === 0) this.done();
        return;
      }
      if (p.state === 'size' || p.state === 'trailer') { // a chunk-size line, or the empty line after the last chunk
        const rest = data.subarray(at);
        p.line = p.line ? Buffer.concat([p.line, rest]) : rest;
        const eol = p.line.indexOf(CRLF);
        if (eol < 0) return;
        const text = p.line.toString('latin1', 0, eol);
        data = p.line.subarray(eol + 2);
        at = 0;
        p.line = null;
        if (p.state === 'trailer') {
          if (text === '') return this.done();
          continue; // a trailer field: skipped
        }
        const size = parseInt(text, 16);
        if (Number.isNaN(size)) return this.fail(new Error(`bad chunk size "${text}"`));
        if (size === 0) p.state = 'trailer';
        else { p.state = 'chunk'; p.left = size; }
        continue;
      }
      if (p.state === 'chunk') {
        const n = Math.min(p.left, data.length - at);
        if (n > 0) this.body(data.subarray(at, at + n));
        p.left -= n;
        at += n;
        if (p.left > 0) return;
        p.state = 'chunk-end';
        p.left = 2;
      }
      if (p.state === 'chunk-end') { // the CRLF after a chunk's data
        const n = Math.min(p.left, data.length - at);
        p.left -= n;
        at += n;
        if (p.left > 0) return;
        p.state = 'size';
      }
    }
  }
}

module.exports = { HttpGet };
