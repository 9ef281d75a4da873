// Opens one viewer of a stream by its URL: an http://....m3u8 is low-latency HLS (llhls.js), another
// http://... HTTP-FLV (flv.js), rtmp://... RTMP play (rtmp-player.js). Sets viewer.closeViewer() to end
// it quietly (no `closed` callback).
'use strict';
const { openFlv, closeFlv } = require('./flv');
const { openRtmp, closeRtmp } = require('./rtmp-player');
const { openLlHls, closeLlHls } = require('./llhls');

function open(v, url, sink) {
  if (url.startsWith('rtmp://')) { v.closeViewer = () => closeRtmp(v); return openRtmp(v, url, sink); }
  if (url.startsWith('http://') && new URL(url).pathname.endsWith('.m3u8')) {
    v.closeViewer = () => closeLlHls(v);
    return openLlHls(v, url, sink);
  }
  if (url.startsWith('http://')) { v.closeViewer = () => closeFlv(v); return openFlv(v, url, sink); }
  throw new Error(`cannot play ${url}: http:// (LL-HLS .m3u8 or HTTP-FLV) or rtmp:// only`);
}

module.exports = { open };
