// GET /api/health (a real Coreteam server on SQLite: security headers, access check, a database
// round trip) against a bare Fastify route returning { ok: true }, measured in the same run on the
// same machine, so the ratio says what our stack costs whatever the hardware.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import autocannon, { type AutocannonResult } from 'autocannon';
import Fastify from 'fastify';
import { loadConfig, startServer, type RunningServer } from '@coreteam/server';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const WARM_UP_SECONDS = 2;

async function measure(url: string): Promise<AutocannonResult> {
  await autocannon({ url, connections, duration: WARM_UP_SECONDS });
  const result = await autocannon({ url, connections, duration: seconds });
  // autocannon resolves even when every request failed; with no response there are no figures to print.
  if (result.requests.total === 0) {
    throw new Error(`${url} answered no request (${result.errors} errors, ${result.timeouts} timeouts)`);
  }
  return result;
}

function row(name: string, result: AutocannonResult): string {
  return [
    name.padEnd(30),
    result.requests.average.toFixed(0).padStart(9),
    result.latency.p50.toFixed(1).padStart(8),
    result.latency.p99.toFixed(1).padStart(8),
    String(result.non2xx).padStart(7),
    String(result.errors + result.timeouts).padStart(7),
  ].join(' ');
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'coreteam-bench-'));
let coreteam: RunningServer | undefined;
const bare = Fastify({ logger: false });
bare.get('/', async () => ({ ok: true }));

try {
  coreteam = await startServer(
    loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent' }, process.cwd()),
  );
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
  console.log(
    `Node ${process.version}, ${cpus().length} cores; ${connections} connections, ${seconds} s per target\n`,
  );
  const baseline = await measure(`${bareUrl}/`);
  const health = await measure(`${coreteam.url}/api/health`);
  console.log(
    `${'target'.padEnd(30)} ${'req/s'.padStart(9)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'non-2xx'.padStart(7)} ${'errors'.padStart(7)}`,
  );
  console.log(row('bare Fastify GET /', baseline));
  console.log(row('Coreteam GET /api/health', health));
  console.log(
    `\nratio: ${(health.requests.average / baseline.requests.average).toFixed(2)} (Coreteam health req/s / bare Fastify req/s)`,
  );
  // autocannon reports latency in whole milliseconds: a baseline p99 of 0 ms has no meaningful ratio.
  console.log(
    baseline.latency.p99 >= 1
      ? `p99 ratio: ${(health.latency.p99 / baseline.latency.p99).toFixed(2)} (Coreteam / bare)`
      : `p99: ${health.latency.p99} ms, against under 1 ms for the bare route (below autocannon's resolution: no ratio)`,
  );
} catch (error) {
  console.error(`benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await coreteam?.stop();
  await bare.close();
  rmSync(dataDir, { recursive: true, force: true });
}
