import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../packages/cli/bin/coreteam.js', import.meta.url));

export interface CoreteamServer {
  baseUrl: string;
  dataDir: string;
  /** Everything the server printed, for diagnosing a failed journey. */
  output(): string;
  /**
   * The first-run setup link the server prints on a fresh data directory
   * (`http://host/setup#token=…`), as a URL on `baseUrl`. Waits for it to be printed.
   */
  setupLink(timeoutMs?: number): Promise<string>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts the real server the way a user does (`coreteam serve`) on a free port with a fresh
 * SQLite data directory, and waits until /api/health answers.
 */
export async function startCoreteamServer(env: Record<string, string> = {}): Promise<CoreteamServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'coreteam-e2e-'));
  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`coreteam serve exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`coreteam serve did not answer within 30 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }

  const setupLink = async (timeoutMs = 10_000): Promise<string> => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const match = /https?:\/\/\S+(\/setup#token=[^\s]+)/.exec(output);
      if (match) return `${baseUrl}${match[1]}`;
      if (Date.now() > until) throw new Error(`no setup link in the server's output:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  return {
    baseUrl,
    dataDir,
    output: () => output,
    setupLink,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
