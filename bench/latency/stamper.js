// The camera: raw 640x360 YUV 4:2:0 frames at 25 fps, each stamped (barcode.js) with the wall clock at
// the moment it is handed to the encoder, written to stdout for `ffmpeg -f rawvideo -i pipe:`. Paced
// by the clock, not by the pipe: a frame the encoder cannot take at once is dropped, like a camera.
//   node stamper.js | ffmpeg -f rawvideo -pix_fmt yuv420p -s 640x360 -r 25 -i pipe: ...
'use strict';
const { stampLuma } = require('./barcode');

const WIDTH = 640;
const HEIGHT = 360;
const FPS = 25;
const lumaSize = WIDTH * HEIGHT;
const frame = Buffer.alloc(lumaSize * 3 / 2);
frame.fill(128, lumaSize);

const start = Date.now();
let index = 0;
let writable = true;
process.stdout.on('drain', () => { writable = true; });
process.stdout.on('error', () => process.exit(0));

function next() {
  const now = Date.now();
  // a moving bar below the stamp, so the encoder sees motion as with a real picture
  const y = frame.subarray(0, lumaSize);
  y.fill(60, 40 * WIDTH);
  const bar = (index * 8) % WIDTH;
  for (let line = 60; line < HEIGHT; line++) {
    y.fill(200, line * WIDTH + bar, line * WIDTH + Math.min(WIDTH, bar + 40));
  }
  stampLuma(y, WIDTH, now);
  if (writable) {
    writable = process.stdout.write(Buffer.from(frame));
  }
  index++;
  setTimeout(next, Math.max(0, start + index * (1000 / FPS) - Date.now()));
}
next();
