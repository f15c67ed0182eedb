import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import {
  memberSession,
  serveCoreteam,
  setUpTeamWithSelfAssessment,
  type ApiClient,
  type ServedCoreteam,
} from './test-support/served-coreteam.js';

const sqliteUnderTest = (process.env.DIALECTS ?? 'sqlite')
  .split(',')
  .map((name) => name.trim())
  .includes('sqlite');

const CLIENTS = 20;
/** The server is killed once this many writes have been acknowledged, all clients still writing. */
const ACKNOWLEDGED_BEFORE_KILL = 400;

interface Write {
  counter: number;
  skillKey: string;
  level: number;
}

/**
 * One person's browser tab saving answers, one request at a time: its own skills (so no other
 * client overwrites them) and its own category comment, which carries the write's counter.
 */
class RatingWriter {
  /** The last acknowledged write per skill. */
  readonly acknowledged = new Map<string, Write>();
  lastAcknowledgedCounter = 0;
  inFlight: Write | undefined;
  refusals: string[] = [];
  connectionErrors = 0;

  constructor(
    readonly session: ApiClient,
    readonly assessmentId: string,
    readonly skillKeys: string[],
    readonly categoryKey: string,
  ) {}

  /** Writes until a request gets no answer (the server is gone). */
  async run(onAcknowledged: () => void): Promise<void> {
    for (let counter = 1; ; counter += 1) {
      const skillKey = this.skillKeys[counter % this.skillKeys.length]!;
      // Each write of a skill changes its level, so an old value is told apart from the last one.
      const level = Math.floor(counter / this.skillKeys.length) % 4;
      this.inFlight = { counter, skillKey, level };
      let status: number;
      let body: unknown;
      try {
        ({ status, body } = await this.session.call('PUT', `/api/assessments/${this.assessmentId}/ratings`, {
          ratings: [{ skillKey, level }],
          comments: [{ categoryKey: this.categoryKey, comment: `write ${counter}` }],
        }));
      } catch {
        this.connectionErrors += 1;
        return;
      }
      if (status !== 200) {
        this.refusals.push(`${status} ${JSON.stringify(body)}`);
        return;
      }
      this.acknowledged.set(skillKey, this.inFlight);
      this.lastAcknowledgedCounter = counter;
      this.inFlight = undefined;
      onAcknowledged();
    }
  }
}

describe.skipIf(!sqliteUnderTest)('crash safety [sqlite]', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'coreteam-crash-'));
  let server: ServedCoreteam | undefined;
  afterAll(async () => {
    await server?.stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses no acknowledged rating when the server is killed (SIGKILL) during 20 clients’ writes', async () => {
    server = await serveCoreteam(dataDir, { expectSetupLink: true });
    const team = await setUpTeamWithSelfAssessment(server.url, server.setupLink!);
    const first = await memberSession(server.url);
    const detail = await first.expect<{
      framework: { areas: { categories: { key: string; skills: { key: string }[] }[] }[] };
    }>('GET', `/api/assessments/${team.assessmentId}`, undefined, 200);
    const categories = detail.framework.areas.flatMap((area) => area.categories);
    const skillKeys = categories.flatMap((category) => category.skills.map((skill) => skill.key));
    expect(categories.length).toBeGreaterThanOrEqual(CLIENTS);

    const writers: RatingWriter[] = [];
    for (let index = 0; index < CLIENTS; index += 1) {
      writers.push(
        new RatingWriter(
          await memberSession(server.url),
          team.assessmentId,
          skillKeys.filter((_, skillIndex) => skillIndex % CLIENTS === index),
          categories[index]!.key,
        ),
      );
    }

    const running = server;
    let acknowledged = 0;
    let killed: Promise<void> | undefined;
    await Promise.all(
      writers.map((writer) =>
        writer.run(() => {
          acknowledged += 1;
          if (acknowledged === ACKNOWLEDGED_BEFORE_KILL) killed = running.stop('SIGKILL');
        }),
      ),
    );
    await killed;
    expect(running.child.signalCode).toBe('SIGKILL');
    expect(writers.flatMap((writer) => writer.refusals)).toEqual([]);
    // The kill came mid-writes: every client lost its connection with a request unanswered.
    expect(writers.every((writer) => writer.connectionErrors === 1 && writer.inFlight !== undefined)).toBe(
      true,
    );

    server = await serveCoreteam(dataDir, { expectSetupLink: false });
    const sqlite = new SqliteDatabase(path.join(dataDir, 'coreteam.sqlite'), { readonly: true });
    try {
      expect(sqlite.prepare('PRAGMA integrity_check').pluck().all()).toEqual(['ok']);
    } finally {
      sqlite.close();
    }

    const after = await (
      await memberSession(server.url)
    ).expect<{
      ratings: { skillKey: string; level: number | null }[];
      comments: { categoryKey: string; comment: string }[];
    }>('GET', `/api/assessments/${team.assessmentId}`, undefined, 200);
    const storedLevels = new Map(after.ratings.map((rating) => [rating.skillKey, rating.level]));
    const storedComments = new Map(after.comments.map((comment) => [comment.categoryKey, comment.comment]));

    const lost: string[] = [];
    let unacknowledgedButStored = 0;
    for (const writer of writers) {
      for (const [skillKey, write] of writer.acknowledged) {
        const stored = storedLevels.get(skillKey);
        // The request in flight at the kill may have been committed without its answer reaching us.
        const inFlightStored = writer.inFlight?.skillKey === skillKey && stored === writer.inFlight.level;
        if (inFlightStored) unacknowledgedButStored += 1;
        else if (stored !== write.level)
          lost.push(`${skillKey}: acknowledged ${write.level}, stored ${stored}`);
      }
      const storedCounter = Number(
        /^write (\d+)$/.exec(storedComments.get(writer.categoryKey) ?? '')?.[1] ?? 0,
      );
      if (
        storedCounter < writer.lastAcknowledgedCounter ||
        storedCounter > writer.lastAcknowledgedCounter + 1
      ) {
        lost.push(
          `${writer.categoryKey}: acknowledged write ${writer.lastAcknowledgedCounter}, stored write ${storedCounter}`,
        );
      }
    }
    expect(lost).toEqual([]);
    expect(acknowledged).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);
    expect(unacknowledgedButStored).toBeLessThanOrEqual(CLIENTS);
  }, 60_000);
});
