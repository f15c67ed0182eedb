import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_VERSION } from '@coreteam/server';

const BIN = fileURLToPath(new URL('../bin/coreteam.js', import.meta.url));

function coreteam(args: string[], env: Record<string, string> = {}, cwd = process.cwd(), timeout = 30_000) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the coreteam command', () => {
  let workDir: string;
  beforeAll(() => {
    workDir = mkdtempSync(path.join(tmpdir(), 'coreteam-cli-'));
  });
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('prints its version', () => {
    const result = coreteam(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(APP_VERSION);
  });

  it('lists its commands in --help', () => {
    const result = coreteam(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/serve\s+apply pending migrations/);
    expect(result.stdout).toMatch(/migrate \[options\]/);
  });

  it('migrates a new SQLite database in DATA_DIR, then finds nothing to do', () => {
    const first = coreteam(['migrate'], { DATA_DIR: 'store' }, workDir);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Applied \d+ migration\(s\) to the sqlite database/);
    expect(first.stdout).toContain('2026-11-28-1500-create-system-setting');
    expect(existsSync(path.join(workDir, 'store', 'coreteam.sqlite'))).toBe(true);
    const second = coreteam(['migrate', '--status'], { DATA_DIR: 'store' }, workDir);
    expect(second.stdout.trim()).toBe('The database is up to date.');
  });

  it('stops with one line naming a bad variable', () => {
    const result = coreteam(['serve'], { PORT: 'eighty' }, workDir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'coreteam: Invalid configuration: PORT must be an integer from 0 to 65535 (got "eighty")\n',
    );
  });

  it('stops with one line when the database cannot be reached', () => {
    const result = coreteam(['migrate'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' }, workDir);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^coreteam: cannot reach the database/);
  });

  it('creates a system administrator from a password on standard input, once', () => {
    const env = { DATA_DIR: 'admins' };
    const args = ['create-admin', '--email', 'Ana@moh.gov.mz', '--name', 'Ana Mabunda', '--password-stdin'];
    const created = spawnSync(process.execPath, [BIN, ...args], {
      cwd: workDir,
      env: { PATH: process.env.PATH ?? '', ...env },
      input: 'a long admin passphrase\n',
      encoding: 'utf8',
    });
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(/^Created system administrator Ana@moh.gov.mz \([0-9a-f-]{36}\)\.$/m);
    const again = spawnSync(process.execPath, [BIN, ...args], {
      cwd: workDir,
      env: { PATH: process.env.PATH ?? '', ...env },
      input: 'another long passphrase\n',
      encoding: 'utf8',
    });
    expect(again.status).toBe(1);
    expect(again.stderr).toBe('coreteam: email is already used by another account\n');
  });

  it('refuses a weak password for a new administrator, naming the problem', () => {
    const result = spawnSync(
      process.execPath,
      [BIN, 'create-admin', '--email', 'x@moh.gov.mz', '--name', 'X', '--password-stdin'],
      {
        cwd: workDir,
        env: { PATH: process.env.PATH ?? '', DATA_DIR: 'weak' },
        input: 'password1234',
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'coreteam: password is too common: choose a password that others are unlikely to use\n',
    );
  });

  // Seven argon2 hashes and a few hundred writes: slower than the other commands.
  it(
    'loads the demo team once, exports it, and imports it into another data directory',
    { timeout: 300_000 },
    () => {
      const demo = coreteam(['demo'], { DATA_DIR: 'demo' }, workDir, 120_000);
      expect(demo.code, demo.stderr).toBe(0);
      expect(demo.stdout).toContain('email:    lead@demo.coreteam.example');
      expect(demo.stdout).toMatch(/password: demo-[\w-]{16}/);
      const teamId = /Loaded the demo team "Demo HIS Core Team" \(([0-9a-f-]{36})\)/.exec(demo.stdout)?.[1];
      expect(teamId).toBeDefined();

      const again = coreteam(['demo'], { DATA_DIR: 'demo' }, workDir);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/^coreteam: The demo team is already loaded/);

      const file = path.join(workDir, 'team.json');
      const exported = coreteam(['export', '--team', teamId!, '--out', file], { DATA_DIR: 'demo' }, workDir);
      expect(exported.code, exported.stderr).toBe(0);
      expect(exported.stdout).toMatch(/^Exported team "Demo HIS Core Team" \(7 members, 2 rounds, 1 plans\)/);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'coreteam-team', version: 1 });

      const imported = coreteam(['import', file], { DATA_DIR: 'elsewhere' }, workDir);
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stdout).toContain(`Imported team "Demo HIS Core Team" (${teamId})`);
      const twice = coreteam(['import', file], { DATA_DIR: 'elsewhere' }, workDir);
      expect(twice.code).toBe(1);
      expect(twice.stderr).toBe('coreteam: team.id is the id of an existing team\n');
    },
  );

  it('refuses an unknown command with one line and a non-zero exit', () => {
    const result = coreteam(['frobnicate'], {}, workDir);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe("coreteam: unknown command 'frobnicate'");
  });
});
