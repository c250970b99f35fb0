/**
 * Lets the event loop serve what is waiting (timers, sockets) before going on. PGlite runs in this process, and
 * its statements resolve their promises without returning to the event loop: a loop of statements (an export
 * fetching batch after batch, or computing in steps) would otherwise hold the process, /healthz included, until
 * its last statement. Between statements this costs a fraction of a millisecond.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
