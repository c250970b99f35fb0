/**
 * Where `actual` differs from `expected`, as paths with both values. Objects are compared on the keys
 * `expected` names (so a fixture states only what it cares about); arrays element by element and in full;
 * numbers to 1e-9 relative, since figures cross the wire as floats.
 */
export function differences(actual: unknown, expected: unknown, path = '$'): string[] {
  if (typeof expected === 'number' && typeof actual === 'number') {
    return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)) ? [] : [`${path}: ${actual} ≠ ${expected}`];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: ${JSON.stringify(actual)} is not a list`];
    if (actual.length !== expected.length) {
      return [`${path}: ${actual.length} items ≠ ${expected.length}: ${JSON.stringify(actual).slice(0, 2000)}`];
    }
    return expected.flatMap((item, i) => differences(actual[i], item, `${path}[${i}]`));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return [`${path}: ${JSON.stringify(actual)} is not an object`];
    return Object.entries(expected).flatMap(([key, value]) =>
      differences((actual as Record<string, unknown>)[key], value, `${path}.${key}`),
    );
  }
  return actual === expected ? [] : [`${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`];
}
