/**
 * Keyed, seeded pseudo-random numbers: every draw is addressed by a string key (for example
 * `QWU|svc|12|coverage`), so the output is the same on every run and does not depend on the order
 * in which files or rows are generated.
 */

/** FNV-1a, 32-bit: turns a key into a seed. */
function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a small, well-mixed 32-bit generator; numbers in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

export class KeyedRandom {
  constructor(private readonly seed: string) {}

  /** A number in [min, max), the same every run for the same seed and key. */
  uniform(key: string, min = 0, max = 1): number {
    // Two steps of the generator: the first output of mulberry32 is weakly mixed for similar keys.
    const next = mulberry32(hashKey(`${this.seed}|${key}`));
    next();
    return min + (max - min) * next();
  }

  /** An integer in [min, max]. */
  int(key: string, min: number, max: number): number {
    return Math.floor(this.uniform(key, min, max + 1));
  }

  pick<T>(key: string, options: readonly T[]): T {
    return options[Math.floor(this.uniform(key, 0, options.length))];
  }
}
