// The stamp each frame carries: a wall-clock time in milliseconds as two rows of 48 black or white
// blocks (most significant bit first) across the top of the picture. Two rows, so a frame whose rows
// disagree (a block smeared by the encoder) is dropped rather than misread. Shared by the stamper
// (Node, writing luma bytes) and the probe page (reading canvas pixels), hence plain functions.
'use strict';

const BITS = 48;
const BLOCK_W = 12;
const BLOCK_H = 20;
const ROWS = 2;

/** Writes `ms` into a luma (Y) plane of `width` bytes per line. */
function stampLuma(y, width, ms) {
  for (let row = 0; row < ROWS; row++) {
    for (let bit = 0; bit < BITS; bit++) {
      const on = Math.floor(ms / 2 ** (BITS - 1 - bit)) % 2 === 1;
      const value = on ? 235 : 16;
      for (let dy = 0; dy < BLOCK_H; dy++) {
        const line = (row * BLOCK_H + dy) * width + bit * BLOCK_W;
        y.fill(value, line, line + BLOCK_W);
      }
    }
  }
}

/** Reads the stamp from a pixel getter (x, y) → brightness 0..255; null when the rows disagree. */
function readStamp(brightness) {
  const rows = [];
  for (let row = 0; row < ROWS; row++) {
    let ms = 0;
    for (let bit = 0; bit < BITS; bit++) {
      const on = brightness(bit * BLOCK_W + BLOCK_W / 2, row * BLOCK_H + BLOCK_H / 2) > 128;
      ms = ms * 2 + (on ? 1 : 0);
    }
    rows.push(ms);
  }
  return rows.every((v) => v === rows[0]) ? rows[0] : null;
}

const STRIP = { width: BITS * BLOCK_W, height: ROWS * BLOCK_H };

if (typeof module !== 'undefined') {
  module.exports = { stampLuma, readStamp, STRIP };
}
