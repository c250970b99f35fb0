/**
 * `node --import tsx bench/compare-trees.ts <other checkout> [seconds] [rounds]`: the throughput read
 * (bench/queries.ts) against this tree's server, another checkout's server (its src/main.ts, e.g. the
 * commit before a change) and PostGraphile v5, all on DATABASE_URL, in alternating autocannon rounds
 * at 8 connections. Prints requests/s and server CPU ms per request of each, so a change is judged by
 * figures from one run on one machine.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { spawnServer, startOurServer, startPostGraphile, stopAllServers, type ChildServer } from './lib/child-server.js';
import { closeAgent, graphql } from './lib/http.js';
import { THROUGHPUT_OURS, THROUGHPUT_POSTGRAPHILE, type Operation } from './queries.js';

const [other, secondsArg, roundsArg] = process.argv.slice(2);
const seconds = Number(secondsArg ?? 8);
const rounds = Number(roundsArg ?? 3);
const url = process.env.DATABASE_URL!;
const contenders: { label: string; server: ChildServer; operation: Operation; requests: number; cpuMs: number; seconds: number }[] = [];
try {
  const env = { DATABASE_URL: url, SEED_ON_START: 'false', NODE_ENV: 'production' };
  contenders.push({ label: `before (${other})`, server: await spawnServer({ name: 'before', script: 'src/main.ts', cwd: other, env, readyPath: '/readyz' }), operation: THROUGHPUT_OURS, requests: 0, cpuMs: 0, seconds: 0 });
  contenders.push({ label: 'after (this tree)', server: await startOurServer(url, 'after'), operation: THROUGHPUT_OURS, requests: 0, cpuMs: 0, seconds: 0 });
  contenders.push({ label: 'PostGraphile v5', server: await startPostGraphile(url), operation: THROUGHPUT_POSTGRAPHILE, requests: 0, cpuMs: 0, seconds: 0 });
  const run = async (c: (typeof contenders)[number], duration: number) => {
    const cpu = c.server.cpuMs();
    const result = await autocannon({
      url: c.server.endpoint, method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify(c.operation), connections: 8, duration,
    });
    if (result.non2xx || result.errors) throw new Error(`${c.label}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    return { requests: result.requests.total, cpuMs: c.server.cpuMs() - cpu };
  };
  // The two trees must give the same answer, or the comparison means nothing.
  const answers = await Promise.all(contenders.slice(0, 2).map(async (c) => JSON.stringify((await graphql(c.server.endpoint, c.operation.query, c.operation.variables)).json)));
  if (answers[0] !== answers[1]) throw new Error('before and after answer the throughput read differently');
  for (const c of contenders) await run(c, 2);
  for (let round = 1; round <= rounds; round += 1) {
    for (const c of contenders) {
      const r = await run(c, seconds);
      c.requests += r.requests;
      c.cpuMs += r.cpuMs;
      c.seconds += seconds;
      console.log(`round ${round} ${c.label}: ${(r.requests / seconds).toFixed(1)} req/s, ${(r.cpuMs / r.requests).toFixed(2)} CPU ms/request`);
    }
  }
  const peer = contenders[2];
  for (const c of contenders) {
    const rps = c.requests / c.seconds;
    const cpu = c.cpuMs / c.requests;
    console.log(`${c.label.padEnd(40)} ${rps.toFixed(1).padStart(6)} req/s  ${cpu.toFixed(2).padStart(6)} CPU ms/req  ` +
      `req/s ÷ PostGraphile ${(rps / (peer.requests / peer.seconds)).toFixed(2)}×  CPU/req ÷ PostGraphile ${(cpu / (peer.cpuMs / peer.requests)).toFixed(2)}×`);
  }
} finally {
  await stopAllServers();
  closeAgent();
}
