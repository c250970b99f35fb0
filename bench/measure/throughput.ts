import autocannon from 'autocannon';
import type { ChildServer } from '../lib/child-server.js';
import { firstLine } from '../lib/features.js';
import { graphql } from '../lib/http.js';
import { percentile, ratio, round } from '../lib/stats.js';
import { throughputRows, type Operation } from '../queries.js';

export interface LoadRound {
  server: string;
  round: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  requests: number;
  errors: number;
  non2xx: number;
  /** CPU time of the server process per request answered (user + system), in ms. */
  cpuMsPerRequest: number;
}

export interface ThroughputFigure {
  connections: number;
  secondsPerRound: number;
  rowsPerAnswer: Record<string, number>;
  rounds: LoadRound[];
  ours?: ServerSummary;
  peer?: ServerSummary;
  ratio?: number;
  /** Peak RSS of our server process during its load rounds. */
  oursPeakMiB?: number;
  peakMethod?: string;
  peerPeakMiB?: number;
  skipped?: string;
  error?: string;
}

interface ServerSummary {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  cpuMsPerRequest: number;
}

interface Contender {
  label: 'ours' | 'postgraphile';
  server: ChildServer;
  operation: Operation;
}

/** One autocannon run; latencies come from every response (autocannon's own table has no p95). */
async function load(contender: Contender, connections: number, duration: number): Promise<Omit<LoadRound, 'server' | 'round'> & { latencies: number[] }> {
  const latencies: number[] = [];
  const cpuBefore = contender.server.cpuMs();
  const instance = autocannon({
    url: contender.server.endpoint,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: contender.operation.query, variables: contender.operation.variables }),
    connections,
    duration,
    timeout: 30,
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  const cpu = contender.server.cpuMs() - cpuBefore;
  return {
    requestsPerSecond: round(result['2xx'] / result.duration, 1),
    p50: round(percentile(latencies, 50), 1),
    p95: round(percentile(latencies, 95), 1),
    requests: result['2xx'],
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    cpuMsPerRequest: round(cpu / Math.max(1, result['2xx']), 2),
    latencies,
  };
}

/**
 * The same nested read served by each server under autocannon load from this process on loopback,
 * at fixed concurrency, alternating A B A B after a warm-up of each. Figures per server are the
 * mean requests/s of its rounds, and p50/p95 over every response of its rounds.
 */
export async function measureThroughput(
  ours: Contender,
  peer: Contender | null,
  { connections, seconds, rounds, warmupSeconds }: { connections: number; seconds: number; rounds: number; warmupSeconds: number },
  peerSkipped?: string,
): Promise<ThroughputFigure> {
  const figure: ThroughputFigure = { connections, secondsPerRound: seconds, rowsPerAnswer: {}, rounds: [] };
  const contenders = peer ? [ours, peer] : [ours];
  try {
    for (const contender of contenders) {
      const answer = await graphql(contender.server.endpoint, contender.operation.query, contender.operation.variables);
      figure.rowsPerAnswer[contender.server.name] = throughputRows(contender.label, answer.json.data);
      await load(contender, connections, warmupSeconds);
    }
    let oursPeak = 0;
    let peerPeak = 0;
    const pooled = new Map<string, number[]>();
    for (let round = 1; round <= rounds; round += 1) {
      for (const contender of contenders) {
        const stop = contender.server.watchPeak();
        const { latencies, ...result } = await load(contender, connections, seconds);
        const peak = stop();
        pooled.set(contender.server.name, [...(pooled.get(contender.server.name) ?? []), ...latencies]);
        figure.peakMethod = peak.method;
        if (contender === ours) oursPeak = Math.max(oursPeak, peak.peakMiB);
        else peerPeak = Math.max(peerPeak, peak.peakMiB);
        figure.rounds.push({ server: contender.server.name, round, ...result });
      }
    }
    const summary = (name: string) => {
      const mine = figure.rounds.filter((r) => r.server === name);
      const latencies = pooled.get(name) ?? [];
      return {
        requestsPerSecond: round(mine.reduce((s, r) => s + r.requestsPerSecond, 0) / mine.length, 1),
        p50: round(percentile(latencies, 50), 1),
        p95: round(percentile(latencies, 95), 1),
        cpuMsPerRequest: round(mine.reduce((s, r) => s + r.cpuMsPerRequest, 0) / mine.length, 2),
      };
    };
    figure.ours = summary(ours.server.name);
    figure.oursPeakMiB = oursPeak;
    if (peer) {
      figure.peer = summary(peer.server.name);
      figure.peerPeakMiB = peerPeak;
      figure.ratio = ratio(figure.ours.requestsPerSecond, figure.peer.requestsPerSecond);
    } else {
      figure.skipped = peerSkipped;
    }
  } catch (error) {
    figure.error = firstLine(error);
  }
  return figure;
}
