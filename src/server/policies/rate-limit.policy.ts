import { countRejected } from '../../observability/metrics.js';
import { sendJson } from '../graphql-endpoint.js';
import { clientAddress } from './client-address.js';
import type { RequestPolicy } from './policy.js';

export interface RateLimitSettings {
  /** Requests per minute per client; 0 turns the limit off. */
  rateLimitPerMinute: number;
  trustProxy: boolean;
}

/**
 * At most `rateLimitPerMinute` requests per client address: a token bucket that holds a minute's
 * allowance and refills continuously, so a client may burst up to it and then proceeds at the rate.
 * Above it: 429 with Retry-After. Probes (health, metrics) are never limited. Off when the rate is 0.
 */
export function rateLimitPolicy({ rateLimitPerMinute, trustProxy }: RateLimitSettings): RequestPolicy | undefined {
  if (!(rateLimitPerMinute > 0)) return undefined;
  const buckets = new TokenBuckets(rateLimitPerMinute, 60_000);
  return (request, response, route) => {
    if (route?.probe) return false;
    const waitMs = buckets.take(clientAddress(request, trustProxy), Date.now());
    if (waitMs === 0) return false;
    countRejected('rate_limit');
    const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
    response.setHeader('retry-after', String(retryAfter));
    sendJson(response, 429, {
      error: `rate limit of ${rateLimitPerMinute} requests per minute exceeded; retry after ${retryAfter} s`,
    });
    return true;
  };
}

/** One bucket of `capacity` tokens per key, refilled at `capacity` per `periodMs`; memory bounded by active keys. */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private lastSweep = 0;

  constructor(
    private readonly capacity: number,
    private readonly periodMs: number,
  ) {}

  /** Takes a token for `key`: 0 when granted, else the milliseconds until one is available. */
  take(key: string, now: number): number {
    this.sweep(now);
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, at: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + ((now - bucket.at) * this.capacity) / this.periodMs);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - bucket.tokens) * this.periodMs) / this.capacity);
  }

  /** Forgets buckets untouched for a whole period: they are full again, the same as no bucket. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.periodMs) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) if (now - bucket.at >= this.periodMs) this.buckets.delete(key);
  }
}
