// Plays a stream in headless Chromium the way Marquee's stage page does (hls.js for LL-HLS and HLS,
// mpegts.js for HTTP-FLV, the same settings) and, for every frame shown, reads the wall-clock stamp the
// stamper put in it: glass-to-glass latency = when the frame is shown − when it was made, on one clock.
//   node probe.js <kind: ll-hls|hls|http-flv> <stream url> <warm-up s> <measure s>
// Prints one JSON line: {kind, frames, unreadable, p50, p95, max, samples}.
'use strict';
const path = require('path');
const { chromium } = require('playwright-core');

const [kind, url, warmup = '10', measure = '30'] = process.argv.slice(2);
if (!kind || !url) {
  console.error('usage: node probe.js <ll-hls|hls|http-flv> <url> [warm-up s] [measure s]');
  process.exit(2);
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--autoplay-policy=no-user-gesture-required', '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling'],
  });
  try {
    const page = await browser.newPage();
    const origin = new URL(url).origin;
    // A page on the stream's origin, as the stage page is: no cross-origin requests.
    await page.goto(origin + '/health');
    await page.setContent('<!doctype html><video muted playsinline autoplay></video><canvas width="576" height="40"></canvas>');
    await page.addScriptTag({ path: require.resolve('hls.js/dist/hls.min.js') });
    await page.addScriptTag({ path: require.resolve('mpegts.js/dist/mpegts.js') });
    await page.addScriptTag({ path: path.join(__dirname, 'barcode.js') });
    const result = await page.evaluate(sample, { kind, url, warmup: Number(warmup), measure: Number(measure) });
    const sorted = result.latencies.slice().sort((a, b) => a - b);
    const at = (q) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : null;
    console.log(JSON.stringify({ kind, frames: sorted.length, unreadable: result.unreadable,
      p50: at(0.5), p95: at(0.95), max: sorted.length ? sorted[sorted.length - 1] : null, errors: result.errors }));
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});

/** Runs in the page: plays the stream, then reads the stamp of every frame shown during the measure. */
function sample({ kind, url, warmup, measure }) {
  /* global Hls, mpegts, readStamp */
  const video = document.querySelector('video');
  const canvas = document.querySelector('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const errors = [];
  if (kind === 'http-flv') {
    const player = mpegts.createPlayer({ type: 'flv', isLive: true, url }, {
      enableStashBuffer: false, liveSync: true, liveSyncMaxLatency: 0.8, liveSyncTargetLatency: 0.5,
      liveSyncPlaybackRate: 1.2, liveBufferLatencyChasing: true, liveBufferLatencyMaxLatency: 3,
      liveBufferLatencyMinRemain: 0.5,
    });
    player.on(mpegts.Events.ERROR, (e) => errors.push(String(e)));
    player.attachMediaElement(video);
    player.load();
    player.play();
  } else {
    const hls = new Hls({ lowLatencyMode: true, backBufferLength: 30, maxLiveSyncPlaybackRate: 1.5 });
    hls.on(Hls.Events.ERROR, (_e, data) => { if (data.fatal) errors.push(data.details); });
    hls.loadSource(url);
    hls.attachMedia(video);
    video.play().catch(() => undefined);
  }
  return new Promise((resolve) => {
    const latencies = [];
    let unreadable = 0;
    const begin = performance.now();
    const onFrame = (now, meta) => {
      const elapsed = (now - begin) / 1000;
      if (elapsed > warmup) {
        ctx.drawImage(video, 0, 0, 576, 40, 0, 0, 576, 40);
        const pixels = ctx.getImageData(0, 0, 576, 40).data;
        const stamp = readStamp((x, y) => pixels[(Math.floor(y) * 576 + Math.floor(x)) * 4]);
        const shown = performance.timeOrigin + (meta.expectedDisplayTime || now);
        if (stamp === null || Math.abs(shown - stamp) > 60000) {
          unreadable++;
        } else {
          latencies.push(Math.round(shown - stamp));
        }
      }
      if (elapsed < warmup + measure) {
        video.requestVideoFrameCallback(onFrame);
      } else {
        resolve({ latencies, unreadable, errors });
      }
    };
    video.requestVideoFrameCallback(onFrame);
    setTimeout(() => resolve({ latencies, unreadable, errors: errors.concat('timed out') }),
      (warmup + measure + 30) * 1000);
  });
}
