// Opens one viewer of a stream by its URL: http(s)://... is HTTP-FLV (flv.js), rtmp://... is RTMP
// play (rtmp-player.js). Sets viewer.closeViewer() to end it quietly (no `closed` callback).
'use strict';
const { openFlv, closeFlv } = require('./flv');
const { openRtmp, closeRtmp } = require('./rtmp-player');

function open(v, url, sink) {
  if (url.startsWith('rtmp://')) { v.closeViewer = () => closeRtmp(v); return openRtmp(v, url, sink); }
  if (url.startsWith('http://')) { v.closeViewer = () => closeFlv(v); return openFlv(v, url, sink); }
  throw new Error(`cannot play ${url}: http:// (HTTP-FLV) or rtmp:// only`);
}

module.exports = { open };
