// The points of a small line graph (an SVG polyline) of a series of numbers: oldest on the left, the
// largest value at the top, zero at the bottom; nothing for fewer than two values.

export function sparkline(values: number[], width: number, height: number): string {
  if (values.length < 2) return '';
  const top = Math.max(...values, 0);
  const step = width / (values.length - 1);
  return values
    .map((v, i) => {
      const y = top > 0 ? height - (Math.max(v, 0) / top) * height : height;
      return `${round(i * step)},${round(y)}`;
    })
    .join(' ');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
