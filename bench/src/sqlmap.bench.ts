// Runs sqlmap (Debian package) against a fresh Coreteam instance on 127.0.0.1, signed in as a
// system administrator, over routes that take ids in the path, query filters and JSON bodies.
// Prints sqlmap's verdict per target. Not part of `npm test`: it takes a few minutes.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSystemAdmin, loadConfig, openDatabase, startServer, type AppConfig } from '@coreteam/server';
import { currentTotpCode, enableTotpForTesting } from './totp-for-bench.js';

const PASSWORD = 'a long benchmark passphrase';

function runSqlmap(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('sqlmap', args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TERM: 'dumb' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 600_000);
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      resolve(output);
    });
  });
}
const dataDir = mkdtempSync(path.join(tmpdir(), 'coreteam-sqlmap-'));
const outputDir = mkdtempSync(path.join(tmpdir(), 'coreteam-sqlmap-output-'));
const config: AppConfig = loadConfig(
  { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
  process.cwd(),
);

const server = await startServer(config);
const base = server.url;
try {
  const database = openDatabase(config.database);
  const admin = await createSystemAdmin(database, config, {
    email: 'admin@example.org',
    displayName: 'Admin',
    password: PASSWORD,
  });
  const secret = await enableTotpForTesting(database, admin.id);
  await database.close();

  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: admin.email, password: PASSWORD, code: currentTotpCode(secret) }),
  });
  if (!login.ok) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  const post = async (url: string, body: object) => {
    const response = await fetch(`${base}${url}`, { method: 'POST', headers, body: JSON.stringify(body) });
    return (await response.json()) as { id: string };
  };
  const team = await post('/api/teams', { name: 'Sqlmap team', countryCode: 'MZ', baseCurrency: 'MZN' });
  const member = await post(`/api/teams/${team.id}/members`, {
    name: 'Target member',
    affiliation: 'ministry',
    basedInCountry: true,
    timeSharePercent: 100,
    funding: 'government',
  });

  const year = new Date().getUTCFullYear();
  const source = await post(`/api/teams/${team.id}/funding-sources`, { kind: 'partner', name: 'Partner' });
  const plan = await post(`/api/teams/${team.id}/plans`, {
    title: 'Sqlmap plan',
    startYear: year,
    endYear: year + 1,
    baseCurrency: 'MZN',
  });
  const activity = {
    title: 'Academy',
    type: 'academy-in-person',
    timing: { kind: 'quarter', year, quarter: 2 },
    memberIds: [member.id],
    costLines: [{ kind: 'fees', quantity: 1, unitCostMinor: 100000, currency: 'MZN' }],
    fundingShares: [{ fundingSourceId: source.id, amountMinor: 50000, status: 'secured' }],
  };
  const planActivity = await post(`/api/plans/${plan.id}/activities`, activity);
  const { frameworks } = (await (await fetch(`${base}/api/frameworks`, { headers })).json()) as {
    frameworks: { builtIn: boolean; latestVersion: { id: string } }[];
  };
  const round = await post(`/api/teams/${team.id}/rounds`, {
    name: 'Baseline',
    frameworkVersionId: frameworks.find((framework) => framework.builtIn)!.latestVersion.id,
    opensOn: `${year}-01-01`,
    closesOn: `${year}-12-31`,
  });

  const targets: { name: string; url: string; method?: string; data?: object; signedIn?: boolean }[] = [
    { name: 'team id in the path', url: `/api/teams/${team.id}*` },
    { name: 'user id in the path', url: `/api/users/${admin.id}*` },
    { name: 'member id in the path', url: `/api/teams/${team.id}/members/${member.id}*` },
    { name: 'audit query filters', url: `/api/teams/${team.id}/audit?limit=10&beforeId=${member.id}` },
    {
      name: 'round results query',
      url: `/api/teams/${team.id}/rounds/${round.id}/results?memberOffset=0&memberLimit=10`,
    },
    { name: 'plan budget query', url: `/api/plans/${plan.id}/budget?year=${year}` },
    { name: 'activity id in the path', url: `/api/plans/${plan.id}/activities/${planActivity.id}*` },
    {
      name: 'new activity JSON body',
      url: `/api/plans/${plan.id}/activities`,
      method: 'POST',
      data: activity,
    },
    {
      name: 'funding source JSON body',
      url: `/api/teams/${team.id}/funding-sources`,
      method: 'POST',
      data: { kind: 'government', name: 'Budget line', notes: 'x' },
    },
    {
      name: 'sign-in JSON body',
      url: '/api/auth/login',
      method: 'POST',
      signedIn: false,
      data: { email: 'a@example.org', password: 'x' },
    },
    {
      name: 'team edit JSON body',
      url: `/api/teams/${team.id}`,
      method: 'PATCH',
      data: { version: 1, name: 'Renamed' },
    },
    {
      name: 'grant access JSON body',
      url: `/api/teams/${team.id}/access`,
      method: 'POST',
      data: { email: 'admin@example.org', role: 'viewer' },
    },
    {
      name: 'new member JSON body',
      url: `/api/teams/${team.id}/members`,
      method: 'POST',
      data: {
        name: 'X',
        organisation: 'MoH',
        affiliation: 'ministry',
        basedInCountry: true,
        timeSharePercent: 50,
        funding: 'government',
      },
    },
    {
      name: 'role names JSON body',
      url: `/api/teams/${team.id}/role-names`,
      method: 'PUT',
      data: { roleNames: { 'operational-lead': 'Lead' } },
    },
    {
      name: 'activity batch JSON body',
      url: `/api/plans/${plan.id}/activities/batch`,
      method: 'POST',
      data: {
        activities: [activity, { ...activity, title: 'Follow-up', courseKey: 'introduction-to-dhis2' }],
      },
    },
    { name: 'role key in the path', url: `/api/roles/implementer*/learning-path` },
    {
      name: 'recommendations query',
      url: `/api/teams/${team.id}/members/${member.id}/recommendations?planId=${plan.id}&year=${year}`,
    },
    {
      name: 'learning record JSON body',
      url: `/api/teams/${team.id}/members/${member.id}/learning-records`,
      method: 'POST',
      data: { courseKey: 'introduction-to-dhis2', takenOn: `${year}-02-01`, completed: true, note: 'x' },
    },
    {
      name: 'optimiser JSON body',
      url: `/api/plans/${plan.id}/optimise`,
      method: 'POST',
      data: { year, budgetMinor: 500000, currency: 'MZN' },
    },
  ];

  console.log(`sqlmap against ${base} (${targets.length} targets)\n`);
  const verdicts: string[] = [];
  for (const target of targets) {
    const args = [
      '-u',
      `${base}${target.url}`,
      '--batch',
      '--level=2',
      '--risk=1',
      '--threads=2',
      '--time-sec=2',
      '--timeout=10',
      '--retries=0',
      `--output-dir=${outputDir}`,
      '--disable-coloring',
      '--flush-session',
      // Keep our session: a probe with a mangled cookie gets the cookie cleared, which sqlmap would adopt.
      '--drop-set-cookie',
      // A 401 or 429 is an answer to look at (wrong password, throttling), not a reason to stop.
      '--ignore-code=401,429',
    ];
    // One --headers option, lines separated by \n: sqlmap keeps only the last of several, which
    // would drop the CSRF token from the JSON-body targets and leave them all refused with 403.
    const extraHeaders: string[] = [];
    if (target.signedIn !== false) {
      args.push(`--cookie=${cookie}`);
      extraHeaders.push(`X-CSRF-Token: ${csrfToken}`);
    }
    if (target.method) args.push(`--method=${target.method}`);
    if (target.data) {
      args.push(`--data=${JSON.stringify(target.data)}`);
      extraHeaders.push('Content-Type: application/json');
    }
    if (extraHeaders.length > 0) args.push(`--headers=${extraHeaders.join('\n')}`);
    // The request as sqlmap starts from must be one the server accepts; a refused one (403, 400)
    // would be tested only as far as the refusal, and say little.
    const baseline = await fetch(`${base}${target.url.replace('*', '')}`, {
      method: target.method ?? 'GET',
      headers: target.signedIn === false ? { 'content-type': 'application/json' } : headers,
      ...(target.data ? { body: JSON.stringify(target.data) } : {}),
    });
    const started = Date.now();
    // Asynchronously: the server under test runs in this process and must keep answering.
    const output = await runSqlmap(args);
    const injectable =
      /is vulnerable|appears to be injectable|sqlmap identified the following injection point/i.test(output);
    const lines = output.split('\n');
    const techniquesTried = lines.filter((line) => /\[INFO\] testing '/.test(line)).length;
    // What sqlmap concluded, and which HTTP errors it met (a run refused with 403 would test nothing).
    const codesAt = lines.findIndex((line) => /HTTP error codes detected during run/.test(line));
    const summary = [
      ...lines.filter((line) => /all tested parameters|injectable|injection point/i.test(line)).slice(-2),
      ...(codesAt >= 0 ? [`HTTP errors met: ${lines[codesAt + 1]?.trim() ?? '?'}`] : []),
    ]
      .map((line) => line.replace(/^\[\d\d:\d\d:\d\d\] /, '').slice(0, 160))
      .join('\n    ');
    const verdict = `${injectable ? 'INJECTABLE' : 'not injectable'}  ${target.name}  (baseline ${baseline.status}, ${techniquesTried} techniques, ${((Date.now() - started) / 1000).toFixed(0)} s)\n    ${summary}`;
    verdicts.push(verdict);
    console.log(verdict);
  }
  const found = verdicts.filter((verdict) => verdict.startsWith('INJECTABLE')).length;
  console.log(`\n${found} of ${targets.length} targets injectable`);
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(outputDir, { recursive: true, force: true });
}
