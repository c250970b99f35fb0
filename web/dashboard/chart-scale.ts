/** Maps a value range onto a pixel range, linearly. */
export interface Scale {
  (value: number): number;
  ticks: number[];
}

/**
 * A linear scale over [min, max] widened to round tick values (1, 2 or 5 × a power of ten), so axes read
 * 0, 10, 20… rather than 0, 13.7, 27.4…
 */
export function linearScale(min: number, max: number, from: number, to: number, tickCount = 5): Scale {
  if (min === max) {
    max = min === 0 ? 1 : min + Math.abs(min);
  }
  const step = niceStep((max - min) / tickCount);
  const low = Math.floor(min / step) * step;
  const high = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let tick = low; tick <= high + step / 2; tick += step) ticks.push(Number(tick.toPrecision(12)));
  const scale = ((value: number) => from + ((value - low) / (high - low)) * (to - from)) as Scale;
  scale.ticks = ticks;
  return scale;
}

function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}
