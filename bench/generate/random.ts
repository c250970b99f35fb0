/**
 * Keyed, seeded pseudo-random numbers: every draw is addressed by a string key (for example
 * `QWU|svc|12|coverage`), so the output is the same on every run and does not depend on the order
 * in which files or rows are generated.
 */

import { hashKey, mulberry32 } from '../../seeds/demo-generator/random.js';

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
