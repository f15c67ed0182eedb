import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/coreteam.js', import.meta.url));

function coreteam(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', DATA_DIR: 'store' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('coreteam import-responses', () => {
  let workDir: string;
  let databaseFile: string;
  const roundId = randomUUID();
  let skillKeys: string[];

  beforeAll(() => {
    workDir = mkdtempSync(path.join(tmpdir(), 'coreteam-responses-'));
    expect(coreteam(['migrate'], workDir).code).toBe(0);
    databaseFile = path.join(workDir, 'store', 'coreteam.sqlite');
    // A team with two members who have accounts and a round on the built-in framework.
    const db = new SqliteDatabase(databaseFile);
    const at = '2026-11-01T08:00:00.000Z';
    const teamId = randomUUID();
    db.prepare(
      `insert into team (id, name, country_code, description, base_currency, phase, created_at, updated_at, version)
       values (?, 'CLI team', 'MZ', '', 'MZN', null, ?, ?, 1)`,
    ).run(teamId, at, at);
    for (const [name, email] of [
      ['Ana Silva', 'ana@example.org'],
      ['Bruno Costa', 'bruno@example.org'],
    ]) {
      const userId = randomUUID();
      db.prepare(
        `insert into user_account (id, email, email_key, display_name, password_hash, preferred_language,
           is_active, is_system_admin, must_change_password, created_at, updated_at, version)
         values (?, ?, ?, ?, 'not-a-hash', 'en', 1, 0, 0, ?, ?, 1)`,
      ).run(userId, email, email, name, at, at);
      db.prepare(
        `insert into team_member (id, team_id, user_id, name, organisation, affiliation, based_in_country,
           time_share_percent, funding, created_at, updated_at, version)
         values (?, ?, ?, ?, '', 'ministry', 1, 100, 'government', ?, ?, 1)`,
      ).run(randomUUID(), teamId, userId, name, at, at);
    }
    const version = db
      .prepare(
        `select framework_version.id, framework_version.document from framework_version
         join framework on framework.id = framework_version.framework_id where framework.built_in = 1`,
      )
      .get() as { id: string; document: string };
    const document = JSON.parse(version.document) as {
      areas: { key: string; categories: { skills: { key: string }[] }[] }[];
    };
    skillKeys = document.areas
      .find((area) => area.key === 'trainer')!
      .categories.flatMap((category) => category.skills.map((skill) => skill.key));
    db.prepare(
      `insert into assessment_round (id, team_id, name, framework_version_id, opens_on, closes_on, created_by,
         created_at, updated_at, version)
       values (?, ?, 'From the form', ?, '2026-01-01', '2099-12-31', null, ?, ?, 1)`,
    ).run(roundId, teamId, version.id, at, at);
    db.close();

    writeFileSync(
      path.join(workDir, 'mapping.yaml'),
      [
        'columns:',
        '  timestamp: Timestamp',
        '  name: Name',
        '  email: Email',
        'questions:',
        ...skillKeys.map((key) => `  "${key}": ${key}`),
        '',
      ].join('\n'),
    );
    const header = ['Timestamp', 'Name', 'Email', ...skillKeys].join(',');
    const answers = (value: string) => skillKeys.map(() => value).join(',');
    writeFileSync(
      path.join(workDir, 'responses.csv'),
      [
        header,
        `2026/03/01 09:00:00,Ana Silva,ANA@example.org,${answers('2')}`,
        `2026/03/02 09:00:00,Bruno Costa,bruno@example.org,${answers('5')}`,
        '',
      ].join('\n'),
    );
  });
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  const submitted = () => {
    const db = new SqliteDatabase(databaseFile, { readonly: true });
    try {
      return db
        .prepare(
          `select team_member.name, assessment.submitted_at from assessment
           join team_member on team_member.id = assessment.member_id
           where assessment.round_id = ? and assessment.status = 'submitted' order by team_member.name`,
        )
        .all(roundId);
    } finally {
      db.close();
    }
  };

  it('prints the per-row report and refuses, writing nothing, when a row is invalid', () => {
    const result = coreteam(
      ['import-responses', '--round', roundId, '--mapping', 'mapping.yaml', 'responses.csv'],
      workDir,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('row 2: ok — Ana Silva');
    expect(result.stdout).toContain('row 3: INVALID — Bruno Costa');
    expect(result.stdout).toContain(`  row 3, "${skillKeys[0]}": "5" is not 0, 1, 2, 3 or N/A.`);
    expect(result.stdout).toContain('2 row(s): 1 valid, 1 invalid.');
    expect(result.stderr).toBe(
      'coreteam: Nothing was imported: 1 row(s) are invalid, listed above. Fix them, or pass --skip-invalid.\n',
    );
    expect(submitted()).toEqual([]);
  });

  it('imports the valid rows with --skip-invalid, submitted at their timestamp', () => {
    const result = coreteam(
      [
        'import-responses',
        '--round',
        roundId,
        '--mapping',
        'mapping.yaml',
        'responses.csv',
        '--skip-invalid',
      ],
      workDir,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      'Imported 1 response(s) as submitted self-assessments; skipped 1 invalid row(s).',
    );
    expect(submitted()).toEqual([{ name: 'Ana Silva', submitted_at: '2026-03-01T09:00:00.000Z' }]);
  });

  it('refuses an unknown round', () => {
    const result = coreteam(
      ['import-responses', '--round', randomUUID(), '--mapping', 'mapping.yaml', 'responses.csv'],
      workDir,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('coreteam: There is no such round.\n');
  });
});
