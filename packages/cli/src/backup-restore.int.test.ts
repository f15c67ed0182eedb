import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  rmSync,
  closeSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN,
  ApiClient,
  CORETEAM_BIN,
  TEAM,
  memberSession,
  serveCoreteam,
  setUpTeamWithSelfAssessment,
  totpCode,
  type ServedCoreteam,
  type TeamWithSelfAssessment,
} from './test-support/served-coreteam.js';

const DATABASE_FILE = 'coreteam.sqlite';
const sqliteUnderTest = (process.env.DIALECTS ?? 'sqlite')
  .split(',')
  .map((name) => name.trim())
  .includes('sqlite');

function coreteam(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [CORETEAM_BIN, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function integrityOf(file: string): string[] {
  const sqlite = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    return sqlite.prepare('PRAGMA integrity_check').pluck().all() as string[];
  } finally {
    sqlite.close();
  }
}

describe.skipIf(!sqliteUnderTest)('coreteam backup and restore [sqlite]', () => {
  let workDir: string;
  let original: string;
  let backupFile: string;
  let team: TeamWithSelfAssessment;
  let savedRatings: { skillKey: string; level: number | null }[];

  beforeAll(async () => {
    workDir = mkdtempSync(path.join(tmpdir(), 'coreteam-backup-'));
    original = path.join(workDir, 'original');
    backupFile = path.join(workDir, 'backups', 'coreteam-backup.sqlite');
    const server = await serveCoreteam(original, { expectSetupLink: true });
    try {
      team = await setUpTeamWithSelfAssessment(server.url, server.setupLink!);
      const member = await memberSession(server.url);
      const detail = await member.expect<{
        framework: { areas: { categories: { skills: { key: string }[] }[] }[] };
      }>('GET', `/api/assessments/${team.assessmentId}`, undefined, 200);
      const skills = detail.framework.areas.flatMap((area) =>
        area.categories.flatMap((category) => category.skills.map((skill) => skill.key)),
      );
      savedRatings = skills.slice(0, 12).map((skillKey, index) => ({ skillKey, level: index % 4 }));
      await member.expect(
        'PUT',
        `/api/assessments/${team.assessmentId}/ratings`,
        { ratings: savedRatings },
        200,
      );
      // While the server runs and holds the database open.
      const backup = coreteam(['backup', '--out', backupFile], { DATA_DIR: original });
      expect(backup.stderr).toBe('');
      expect(backup.code).toBe(0);
      expect(backup.stdout).toMatch(
        /^Backed up .*coreteam\.sqlite to .*coreteam-backup\.sqlite \(\d+ KB, schema at migration \d+\)\.\n$/,
      );
    } finally {
      await server.stop();
    }
  }, 90_000);

  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('writes one self-contained, sound SQLite file', () => {
    expect(existsSync(backupFile)).toBe(true);
    expect(existsSync(`${backupFile}-wal`)).toBe(false);
    expect(integrityOf(backupFile)).toEqual(['ok']);
  });

  it('restores into a new data dir, where the app shows the same team and answers', async () => {
    const restored = path.join(workDir, 'restored');
    const result = coreteam(['restore', backupFile], { DATA_DIR: restored });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `Restored ${backupFile} into ${path.join(restored, DATABASE_FILE)}.\nThe database is up to date.\n`,
    );

    let server: ServedCoreteam | undefined;
    try {
      server = await serveCoreteam(restored, { expectSetupLink: false });
      expect(server.setupLink).toBeUndefined();
      const member = await memberSession(server.url);
      const shown = await member.expect<{ name: string; countryCode: string; baseCurrency: string }>(
        'GET',
        `/api/teams/${team.teamId}`,
        undefined,
        200,
      );
      expect(shown).toMatchObject(TEAM);
      const assessment = await member.expect<{ ratings: { skillKey: string; level: number | null }[] }>(
        'GET',
        `/api/assessments/${team.assessmentId}`,
        undefined,
        200,
      );
      expect(
        assessment.ratings
          .map(({ skillKey, level }) => ({ skillKey, level }))
          .sort((a, b) => a.skillKey.localeCompare(b.skillKey)),
      ).toEqual([...savedRatings].sort((a, b) => a.skillKey.localeCompare(b.skillKey)));
      const admin = new ApiClient(server.url);
      // The next step's code: the one of this step may already have been used at enrolment.
      await admin.signIn(ADMIN.email, ADMIN.password, totpCode(team.adminSecret, 1));
      const { teams } = await admin.expect<{ teams: { id: string; name: string }[] }>(
        'GET',
        '/api/teams',
        undefined,
        200,
      );
      expect(teams.map((shownTeam) => shownTeam.name)).toEqual([TEAM.name]);

      // The server holds the restored database open: a restore over it is refused, even with --force.
      const overRunning = coreteam(['restore', backupFile, '--force'], { DATA_DIR: restored });
      expect(overRunning.code).toBe(2);
      expect(overRunning.stderr).toMatch(
        /^coreteam: the database at .* is in use \(is the Coreteam server running\?\); stop it, then restore\n$/,
      );
    } finally {
      await server?.stop();
    }
  }, 60_000);

  it('refuses to replace a database holding accounts and teams unless --force is given', () => {
    const refused = coreteam(['restore', backupFile], { DATA_DIR: original });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      `coreteam: the database at ${path.join(original, DATABASE_FILE)} holds accounts or teams; restoring would replace them. Back it up first if it matters, then add --force\n`,
    );
    const forced = coreteam(['restore', backupFile, '--force'], { DATA_DIR: original });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(', replacing the database that was there.');
    expect(existsSync(path.join(original, `${DATABASE_FILE}-wal`))).toBe(false);
    expect(integrityOf(path.join(original, DATABASE_FILE))).toEqual(['ok']);
  });

  it('refuses to overwrite an existing backup file unless --force is given', () => {
    const refused = coreteam(['backup', '--out', backupFile], { DATA_DIR: original });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      `coreteam: ${backupFile} already exists; choose another file, or add --force to replace it\n`,
    );
    expect(coreteam(['backup', '--out', backupFile, '--force'], { DATA_DIR: original }).code).toBe(0);
  });

  describe('refuses a file that is not a usable Coreteam backup, changing nothing', () => {
    function restoreInto(file: string) {
      const dataDir = mkdtempSync(path.join(workDir, 'target-'));
      const result = coreteam(['restore', file], { DATA_DIR: dataDir });
      expect(existsSync(path.join(dataDir, DATABASE_FILE))).toBe(false);
      expect(result.stdout).toBe('');
      return result;
    }

    it('a damaged database (integrity check)', () => {
      const damaged = path.join(workDir, 'damaged.sqlite');
      copyFileSync(backupFile, damaged);
      const descriptor = openSync(damaged, 'r+');
      // Pages 3 and 4 (4 KiB pages) overwritten: tables and indexes no longer agree.
      writeSync(descriptor, Buffer.alloc(8192, 0x5a), 0, 8192, 8192);
      closeSync(descriptor);
      const result = restoreInto(damaged);
      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(
        new RegExp(
          `^coreteam: ${damaged.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (failed SQLite's integrity check|is not a sound SQLite database): .+\\n$`,
        ),
      );
    });

    it('an SQLite database of another application', () => {
      const other = path.join(workDir, 'notes.sqlite');
      const sqlite = new SqliteDatabase(other);
      sqlite.exec(
        "create table note (id integer primary key, body text); insert into note (body) values ('x')",
      );
      sqlite.close();
      const result = restoreInto(other);
      expect(result.code).toBe(3);
      expect(result.stderr).toBe(
        `coreteam: ${other} is an SQLite database, but not a Coreteam one (no kysely_migration table)\n`,
      );
    });

    it('a file that is not a database at all', () => {
      const text = path.join(workDir, 'team.json');
      writeFileSync(text, '{"not":"a database"}'.repeat(300));
      const result = restoreInto(text);
      expect(result.code).toBe(3);
      expect(result.stderr).toBe(
        `coreteam: ${text} is not a sound SQLite database: file is not a database\n`,
      );
    });

    it('a backup from a newer Coreteam', () => {
      const newer = path.join(workDir, 'newer.sqlite');
      copyFileSync(backupFile, newer);
      const sqlite = new SqliteDatabase(newer);
      sqlite
        .prepare('insert into kysely_migration (name, timestamp) values (?, ?)')
        .run('2099-01-01-0000-add-hovercraft', new Date().toISOString());
      sqlite.close();
      const result = restoreInto(newer);
      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(
        /^coreteam: .*newer\.sqlite comes from a newer Coreteam than this one \([\d.]+\): it has 1 migration\(s\) this version does not know \(2099-01-01-0000-add-hovercraft\); upgrade Coreteam, then restore\n$/,
      );
    });

    it('a file that does not exist', () => {
      const result = restoreInto(path.join(workDir, 'missing.sqlite'));
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`coreteam: no backup file at ${path.join(workDir, 'missing.sqlite')}\n`);
    });
  });

  it('points PostgreSQL users to pg_dump and pg_restore', () => {
    const env = { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' };
    const backup = coreteam(['backup', '--out', path.join(workDir, 'pg.dump')], env);
    expect(backup.code).toBe(1);
    expect(backup.stderr).toMatch(
      /^coreteam: backup copies SQLite databases only; for PostgreSQL .* use pg_dump -Fc /,
    );
    const restore = coreteam(['restore', backupFile], env);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toMatch(
      /^coreteam: restore replaces SQLite databases only; .* use pg_restore --clean /,
    );
  });

  it('takes a consistent copy while another connection keeps writing', async () => {
    const dataDir = path.join(workDir, 'busy');
    expect(coreteam(['migrate'], { DATA_DIR: dataDir }).code).toBe(0);
    const writer = new SqliteDatabase(path.join(dataDir, DATABASE_FILE));
    writer.pragma('journal_mode = WAL');
    writer.exec('create table ledger (batch integer not null, line integer not null, filler text not null)');
    writer.exec('create table ledger_total (total integer not null)');
    writer.exec('insert into ledger_total (total) values (0)');
    const insertLine = writer.prepare('insert into ledger (batch, line, filler) values (?, ?, ?)');
    const addToTotal = writer.prepare('update ledger_total set total = total + ?');
    let batches = 0;
    // Each transaction adds 50 lines and the count of lines: a copy from between two statements
    // of one transaction would show a total that differs from the lines.
    const writeBatch = writer.transaction(() => {
      batches += 1;
      for (let line = 0; line < 50; line += 1) insertLine.run(batches, line, 'x'.repeat(200));
      addToTotal.run(50);
    });
    for (let index = 0; index < 400; index += 1) writeBatch(); // ~5 MB to copy

    const out = path.join(workDir, 'busy-backup.sqlite');
    const child = spawn(process.execPath, [CORETEAM_BIN, 'backup', '--out', out], {
      env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exitCode = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let running = true;
    void exitCode.then(() => (running = false));
    const before = batches;
    while (running) {
      writeBatch();
      await new Promise((resolve) => setImmediate(resolve));
    }
    writer.close();
    expect(stderr).toBe('');
    expect(await exitCode).toBe(0);
    expect(batches - before).toBeGreaterThan(10);

    expect(integrityOf(out)).toEqual(['ok']);
    const copy = new SqliteDatabase(out, { readonly: true });
    const lines = copy.prepare('select count(*) from ledger').pluck().get() as number;
    const total = copy.prepare('select total from ledger_total').pluck().get() as number;
    copy.close();
    expect(lines).toBe(total);
    expect(lines).toBeGreaterThanOrEqual(before * 50);
    expect(lines).toBeLessThanOrEqual(batches * 50);
  }, 60_000);
});
