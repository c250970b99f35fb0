/**
 * `node --import tsx bench/profile-nested.ts [seconds]`: the throughput read (bench/queries.ts) against an
 * in-process server on DATABASE_URL, loaded by autocannon; prints requests/s and this process's CPU ms per
 * request. Run with `--cpu-prof` to see where the server's time goes (the client shares the process: its
 * share shows under autocannon's frames).
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { openDatabase } from '../src/db/database.js';
import { inProcessServer } from './measure/statements.js';
import { THROUGHPUT_OURS } from './queries.js';

const seconds = Number(process.argv[2] ?? 10);
const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL! });
const server = await inProcessServer(db);
const body = JSON.stringify(THROUGHPUT_OURS);
const load = (duration: number) =>
  autocannon({ url: server.endpoint, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: 8, duration });
await load(2);
const before = process.cpuUsage();
const result = await load(seconds);
const cpu = process.cpuUsage(before);
const requests = result.requests.total;
console.log(`${(requests / seconds).toFixed(1)} req/s, ${((cpu.user + cpu.system) / 1000 / requests).toFixed(2)} CPU ms/request (server and client), non-2xx ${result.non2xx}, errors ${result.errors}`);
await server.stop();
await db.close();
