// Round results on SQLite through the real app (app.inject: routing, access check, queries,
// scoring, response validation and serialisation): a round of 50 members × 300 skills and a
// regional deployment of 5,000 members × 300 skills, with and without a baseline to compare with,
// for a lead (every member's scores) and a viewer (aggregates only). GET /api/health through
// app.inject in the same run is the baseline the ratios are taken against.
//
// Every assessment is submitted, with the answer sheet the submit route stores. BENCH_NO_SHEETS=1
// leaves the sheets out: the results are then read from the answer rows, as for assessments
// submitted before sheets existed.
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import SqliteDatabase from 'better-sqlite3';
import {
  DEFAULT_FRAMEWORK,
  FRAMEWORK_DOCUMENT_FORMAT,
  NOT_APPLICABLE,
  answerSheetOf,
  defaultTargets,
  validateFramework,
  type AssessmentFramework,
  type Rating,
} from '@coreteam/core';
import { buildApp, migrateToLatest, openDatabase } from '@coreteam/server';

const RUNS_SMALL = Number(process.env.BENCH_RUNS ?? 30);
const RUNS_LARGE = Number(process.env.BENCH_RUNS_LARGE ?? 5);
const WARM_UP = 3;
const WITH_SHEETS = process.env.BENCH_NO_SHEETS !== '1';
const AT = '2026-01-05T10:00:00.000Z';

/** 5 areas (the default framework's roles) × 12 categories × 5 skills = 300 skills. */
function aFrameworkOf300Skills(): AssessmentFramework {
  return {
    ...DEFAULT_FRAMEWORK,
    key: 'bench-300',
    version: '1',
    areas: DEFAULT_FRAMEWORK.areas.slice(0, 5).map((area, areaIndex) => ({
      ...area,
      key: `area-${areaIndex + 1}`,
      categories: Array.from({ length: 12 }, (_, categoryIndex) => {
        const categoryKey = `area-${areaIndex + 1}.category-${categoryIndex + 1}`;
        return {
          key: categoryKey,
          name: `Category ${areaIndex + 1}.${categoryIndex + 1}`,
          description: 'A generated category.',
          skills: Array.from({ length: 5 }, (_, skillIndex) => ({
            key: `${categoryKey}.skill-${skillIndex + 1}`,
            name: `Skill ${skillIndex + 1}`,
            description: 'A generated skill.',
          })),
        };
      }),
    })),
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'coreteam-bench-results-'));
const file = path.join(dataDir, 'coreteam.sqlite');
const database = openDatabase({ engine: 'sqlite', file });

try {
  await migrateToLatest(database.db);
  const framework = aFrameworkOf300Skills();
  const errors = validateFramework({ framework }).problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new Error(`the generated framework is invalid: ${errors[0]!.problem}`);
  const skillKeys = framework.areas.flatMap((area) =>
    area.categories.flatMap((category) => category.skills.map((skill) => skill.key)),
  );

  // Direct bulk inserts on a second connection: the app's write routes are not what is measured.
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = OFF');
  const teamId = randomUUID();
  const frameworkId = randomUUID();
  const versionId = randomUUID();
  const tokens: Record<'lead' | 'viewer', string> = { lead: '', viewer: '' };
  const rounds: Record<string, string> = {};
  sqlite.transaction(() => {
    sqlite
      .prepare(
        `insert into team (id, name, country_code, description, base_currency, phase, created_at, updated_at, version)
         values (?, 'Regional team', 'MZ', '', 'MZN', null, ?, ?, 1)`,
      )
      .run(teamId, AT, AT);
    for (const role of ['lead', 'viewer'] as const) {
      const userId = randomUUID();
      sqlite
        .prepare(
          `insert into user_account (id, email, email_key, display_name, password_hash, preferred_language,
             is_active, is_system_admin, must_change_password, created_at, updated_at, version)
           values (?, ?, ?, ?, 'not-a-hash', 'en', 1, 0, 0, ?, ?, 1)`,
        )
        .run(userId, `${role}@example.org`, `${role}@example.org`, role, AT, AT);
      sqlite
        .prepare(
          `insert into team_access (team_id, user_id, role, granted_by, granted_at) values (?, ?, ?, null, ?)`,
        )
        .run(teamId, userId, role, AT);
      const token = `bench-${randomUUID()}`;
      sqlite
        .prepare(
          `insert into personal_access_token (id, user_id, name, token_hash, scope, created_at, last_used_at, expires_at, revoked_at)
           values (?, ?, 'bench', ?, 'read', ?, ?, null, null)`,
        )
        .run(
          randomUUID(),
          userId,
          createHash('sha256').update(token).digest('hex'),
          AT,
          '2999-01-01T00:00:00.000Z',
        );
      tokens[role] = token;
    }
    sqlite
      .prepare(
        `insert into framework (id, key, name, description, team_id, built_in, created_by, created_at, updated_at, version)
         values (?, 'bench-300', 'Bench framework', '', ?, 0, null, ?, ?, 1)`,
      )
      .run(frameworkId, teamId, AT, AT);
    const document = {
      format: FRAMEWORK_DOCUMENT_FORMAT,
      ...framework,
      targets: defaultTargets({ framework }),
    };
    sqlite
      .prepare(
        `insert into framework_version (id, framework_id, number, document, skill_count, frozen_at, created_by, created_at)
         values (?, ?, 1, ?, ?, ?, null, ?)`,
      )
      .run(versionId, frameworkId, JSON.stringify(document), skillKeys.length, AT, AT);

    const insertMember = sqlite.prepare(
      `insert into team_member (id, team_id, user_id, name, organisation, affiliation, based_in_country,
         time_share_percent, funding, partner_funding_ends_on, start_date, end_date, leaving_reason, phase,
         created_at, updated_at, version)
       values (?, ?, null, ?, '', 'ministry', 1, 100, 'government', null, null, null, null, null, ?, ?, 1)`,
    );
    const insertRound = sqlite.prepare(
      `insert into assessment_round (id, team_id, name, framework_version_id, opens_on, closes_on, created_by, created_at, updated_at, version)
       values (?, ?, ?, ?, ?, ?, null, ?, ?, 1)`,
    );
    const insertAssessment = sqlite.prepare(
      `insert into assessment (id, round_id, member_id, mode, assessor_user_id, area_keys, status, submitted_at, created_by, created_at, updated_at, version)
       values (?, ?, ?, 'self', null, ?, 'submitted', ?, null, ?, ?, 1)`,
    );
    const insertRating = sqlite.prepare(
      `insert into assessment_rating (assessment_id, skill_key, level, updated_at, updated_by) values (?, ?, ?, ?, null)`,
    );
    const insertSheet = sqlite.prepare(
      `insert into assessment_answer_sheet (assessment_id, framework_version_id, answers, created_at) values (?, ?, ?, ?)`,
    );
    const areaKeys = JSON.stringify(framework.areas.map((area) => area.key));
    // A deterministic spread of answers (about 1 in 11 N/A) so that scores differ between rounds.
    const levelOf = (member: number, skill: number, round: number): number | null => {
      const mixed = (member * 31 + skill * 17 + round * 7) % 11;
      return mixed === 10 ? null : mixed % 4;
    };
    const aRound = (name: string, memberIds: string[], opensOn: string, seed: number) => {
      const roundId = randomUUID();
      insertRound.run(roundId, teamId, name, versionId, opensOn, opensOn, AT, AT);
      memberIds.forEach((memberId, member) => {
        const assessmentId = randomUUID();
        insertAssessment.run(assessmentId, roundId, memberId, areaKeys, AT, AT, AT);
        const ratings: Record<string, Rating> = {};
        skillKeys.forEach((skillKey, skill) => {
          const level = levelOf(member, skill, seed);
          insertRating.run(assessmentId, skillKey, level, AT);
          ratings[skillKey] = level === null ? NOT_APPLICABLE : (level as Rating);
        });
        if (WITH_SHEETS) insertSheet.run(assessmentId, versionId, answerSheetOf({ framework, ratings }), AT);
      });
      return roundId;
    };
    const members = (count: number, prefix: string) =>
      Array.from({ length: count }, (_, index) => {
        const id = randomUUID();
        insertMember.run(id, teamId, `${prefix} ${String(index).padStart(5, '0')}`, AT, AT);
        return id;
      });
    const fifty = members(50, 'Member');
    rounds.small = aRound('Follow-up (50)', fifty, '2026-06-01', 2);
    rounds.smallBaseline = aRound('Baseline (50)', fifty, '2026-01-10', 1);
    const fiveThousand = members(5_000, 'Regional member');
    rounds.large = aRound('Follow-up (5,000)', fiveThousand, '2026-06-02', 2);
    rounds.largeBaseline = aRound('Baseline (5,000)', fiveThousand, '2026-01-11', 1);
  })();
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();

  const app = await buildApp({
    config: {
      logLevel: 'silent',
      trustProxy: false,
      production: true,
      sessions: { idleMinutes: 30, absoluteHours: 12 },
    },
    database,
  });
  await app.ready();

  const time = async (url: string, token: string | null, runs: number, warmUp = WARM_UP) => {
    const headers = token ? { authorization: `Bearer ${token}` } : {};
    let bytes = 0;
    for (let i = 0; i < warmUp; i++) await app.inject({ method: 'GET', url, headers });
    const durations: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const response = await app.inject({ method: 'GET', url, headers });
      durations.push(performance.now() - started);
      if (response.statusCode !== 200)
        throw new Error(`${url}: ${response.statusCode} ${response.body.slice(0, 300)}`);
      bytes = response.rawPayload.length;
    }
    durations.sort((a, b) => a - b);
    return { median: percentile(durations, 50), p95: percentile(durations, 95), bytes };
  };

  console.log(
    `Node ${process.version}, ${cpus().length} cores; SQLite; ${skillKeys.length}-skill framework; ${WITH_SHEETS ? 'submitted with answer sheets' : 'no answer sheets (read from the answer rows)'}; warm, ${RUNS_SMALL} runs (50 members) / ${RUNS_LARGE} runs (5,000 members)\n`,
  );
  const health = await time('/api/health', null, RUNS_SMALL);
  const results = (round: string, compareTo?: string, page?: string) => {
    const query = [compareTo ? `compareTo=${compareTo}` : '', page ?? ''].filter(Boolean).join('&');
    return `/api/teams/${teamId}/rounds/${round}/results${query ? `?${query}` : ''}`;
  };
  const targets: [name: string, url: string, token: string, runs: number, warmUp?: number][] = [
    ['50 × 300, lead', results(rounds.small!), tokens.lead, RUNS_SMALL],
    ['50 × 300, viewer', results(rounds.small!), tokens.viewer, RUNS_SMALL],
    ['50 × 300 + compareTo, lead', results(rounds.small!, rounds.smallBaseline), tokens.lead, RUNS_SMALL],
    ['50 × 300 + compareTo, viewer', results(rounds.small!, rounds.smallBaseline), tokens.viewer, RUNS_SMALL],
    // A lead reads the heatmap a page of members at a time (100 by default); team figures cover all.
    ['5,000 × 300, lead', results(rounds.large!), tokens.lead, RUNS_LARGE],
    [
      '5,000 × 300, lead, last page',
      results(rounds.large!, undefined, 'memberOffset=4900'),
      tokens.lead,
      RUNS_LARGE,
    ],
    [
      '5,000 × 300, lead, 1,000 members',
      results(rounds.large!, undefined, 'memberLimit=1000'),
      tokens.lead,
      RUNS_LARGE,
    ],
    ['5,000 × 300, viewer', results(rounds.large!), tokens.viewer, RUNS_LARGE],
    [
      '5,000 × 300 + compareTo, viewer',
      results(rounds.large!, rounds.largeBaseline),
      tokens.viewer,
      RUNS_LARGE,
    ],
    // A page of members' skill-by-skill deltas (100 × 300).
    ['5,000 × 300 + compareTo, lead', results(rounds.large!, rounds.largeBaseline), tokens.lead, RUNS_LARGE],
  ];
  console.log(
    `${'GET results'.padEnd(34)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(9)} ${'× health'.padStart(9)} ${'response'.padStart(10)}`,
  );
  const line = (name: string, figures: { median: number; p95: number; bytes: number }) =>
    console.log(
      [
        name.padEnd(34),
        figures.median.toFixed(1).padStart(10),
        figures.p95.toFixed(1).padStart(9),
        (figures.median / health.median).toFixed(0).padStart(9),
        `${(figures.bytes / 1024).toFixed(0)} KB`.padStart(10),
      ].join(' '),
    );
  line('health (baseline)', health);
  for (const [name, url, token, runs, warmUp] of targets) line(name, await time(url, token, runs, warmUp));
  console.log('\nTargets (issue #5): 50 members × 300 skills under 50 ms; 5,000 members under 500 ms.');
  await app.close();
} catch (error) {
  console.error(
    `benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exitCode = 1;
  await database.close();
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
