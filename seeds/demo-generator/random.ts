/**
 * Deterministic pseudo-random numbers for the demo dataset.
 *
 * Every draw is keyed by a string (for example `QWU|AHC|coverage`) rather than taken from one shared
 * stream: adding or reordering a draw elsewhere then leaves every other figure unchanged, and the
 * output stays byte-identical from run to run.
 */

/** Changing this re-rolls every jittered figure in the dataset. */
const DATASET_SEED = 'ics-needs-graph demo 2024';

/** FNV-1a, 32-bit: turns a key into a seed. */
export function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a small, well-mixed 32-bit generator; returns numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** A number in [min, max), the same every run for the same key. */
export function uniform(key: string, min: number, max: number): number {
  const next = mulberry32(hashKey(`${DATASET_SEED}|${key}`));
  return min + (max - min) * next();
}

/** One of the options, the same every run for the same key. */
export function pick<T>(key: string, options: readonly T[]): T {
  return options[Math.floor(uniform(key, 0, options.length))];
}
