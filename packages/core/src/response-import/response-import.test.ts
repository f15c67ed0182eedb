import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAMEWORK } from '../assessment/default-framework.js';
import { aFramework } from '../assessment/test-builders.js';
import type { ResponseMapping } from '../schemas/response-import.schema.js';
import {
  analyseResponses,
  mappingForFramework,
  readAnswer,
  readTimestamp,
  type ResponseImportInput,
} from './response-import.js';

const framework = aFramework([
  { key: 'tech', roleKey: 'implementer', categories: { a: ['s1', 's2'] } },
  { key: 'train', roleKey: 'trainer', categories: { b: ['s3'] } },
]);
const mapping: ResponseMapping = {
  columns: { timestamp: 'Timestamp', name: 'Name', email: 'Email', role: 'Role' },
  questions: { 'Q1 roles': 'tech.a.s1', 'Q2 users': 'tech.a.s2' },
  roles: { Implementer: 'implementer' },
};
const header = ['Timestamp', 'Name', 'Email', 'Role', 'Q1 roles', 'Q2 users'];
const roster = [
  { memberId: 'm-ada', name: 'Ada Lovelace', email: 'ada@example.org', userId: 'u-ada' },
  { memberId: 'm-bo', name: 'Bo Diallo', email: 'bo@example.org', userId: 'u-bo' },
  { memberId: 'm-cy', name: 'Cy Tan', email: null, userId: null },
];

function analyse(records: string[][], overrides: Partial<ResponseImportInput> = {}) {
  return analyseResponses({
    mapping,
    framework,
    roster,
    records: [header, ...records],
    selfAssessments: new Map(),
    roleKeys: ['implementer', 'trainer'],
    now: new Date('2026-11-29T12:00:00Z'),
    ...overrides,
  });
}

describe('reading cells', () => {
  it('reads levels 0–3 and the spellings of N/A, and tells missing from invalid', () => {
    expect(['0', ' 3 ', 'N/A', 'na', '', '4', '2.5', 'two'].map(readAnswer)).toEqual([
      0,
      3,
      'not-applicable',
      'not-applicable',
      'missing',
      'invalid',
      'invalid',
      'invalid',
    ]);
  });

  it('reads Google Forms timestamps as UTC and refuses impossible dates', () => {
    expect(readTimestamp('2024/03/15 10:22:33')?.toISOString()).toBe('2024-03-15T10:22:33.000Z');
    expect(readTimestamp('3/15/2024 1:05:00 PM')?.toISOString()).toBe('2024-03-15T13:05:00.000Z');
    expect(readTimestamp('2024-03-15T10:22:33+01:00')?.toISOString()).toBe('2024-03-15T09:22:33.000Z');
    expect(readTimestamp('2/30/2024 10:00:00')).toBeUndefined();
    expect(readTimestamp('yesterday')).toBeUndefined();
  });
});

describe('analyseResponses', () => {
  it('matches rows by email ignoring case, then by exact name, and keeps their ratings', () => {
    const result = analyse([
      ['2024/03/15 10:22:33', 'A. Lovelace', 'ADA@Example.org ', 'Implementer', '2', 'N/A'],
      ['', 'Bo Diallo', '', 'Implementer', '0', '3'],
    ]);
    expect(result.mappingProblems).toEqual([]);
    expect(result.areaKeys).toEqual(['tech']);
    expect(result.counts).toEqual({ rows: 2, valid: 2, invalid: 0 });
    expect(
      result.rows.map((row) => [row.row, row.memberId, row.roleKey, row.answeredAt, row.answered]),
    ).toEqual([
      [2, 'm-ada', 'implementer', '2024-03-15T10:22:33.000Z', 2],
      [3, 'm-bo', 'implementer', null, 2],
    ]);
    expect(result.importable.map((response) => ({ ...response.ratings }))).toEqual([
      { 'tech.a.s1': 2, 'tech.a.s2': 'not-applicable' },
      { 'tech.a.s1': 0, 'tech.a.s2': 3 },
    ]);
  });

  it('names the row and column of each bad cell, unknown respondent and duplicate', () => {
    const result = analyse([
      ['', 'Ada Lovelace', 'ada@example.org', 'Implementer', '5', ''],
      ['', 'Nobody', 'nobody@example.org', 'Implementer', '1', '1'],
      ['', 'Ada', 'ada@example.org', 'Trainer', '1', '1'],
      ['', 'Cy Tan', '', '', '1', '1'],
    ]);
    expect(result.counts).toEqual({ rows: 4, valid: 0, invalid: 4 });
    expect(result.rows.map((row) => row.problems.map((p) => [p.row, p.column, p.code]))).toEqual([
      [
        [2, 'Q1 roles', 'invalid_answer'],
        [2, 'Q2 users', 'missing_answer'],
      ],
      [[3, 'Email', 'unknown_member']],
      [
        [4, 'Email', 'duplicate_respondent'],
        [4, 'Role', 'unknown_role_label'],
      ],
      [[5, 'Email', 'member_without_account']],
    ]);
    expect(result.importable).toEqual([]);
  });

  it('refuses a member who already submitted a self-assessment in the round', () => {
    const result = analyse([['', 'Bo Diallo', 'bo@example.org', '', '1', '1']], {
      selfAssessments: new Map([['m-bo', { status: 'submitted' }]]),
    });
    expect(result.rows[0]!.problems.map((p) => p.code)).toEqual(['already_submitted']);
  });

  it('reports mapping problems: unknown header, unknown skill, a skill of a covered area without a column', () => {
    const result = analyse([['', 'Bo Diallo', 'bo@example.org', '', '1', '1']], {
      mapping: {
        columns: { name: 'Name', email: 'E-mail' },
        questions: { 'Q1 roles': 'tech.a.s1', 'Q2 users': 'tech.a.nope' },
      },
    });
    expect(result.mappingProblems.map((p) => [p.column, p.code])).toEqual([
      ['E-mail', 'unknown_header'],
      ['Q2 users', 'unknown_skill'],
      [null, 'unmapped_skill'],
    ]);
    expect(result.rows[0]!.status).toBe('invalid');
    expect(result.importable).toEqual([]);
  });

  it('uses no timestamp from the future', () => {
    const result = analyse([['2030/01/01 00:00:00', 'Bo Diallo', '', '', '1', '1']]);
    expect(result.rows[0]!.answeredAt).toBeNull();
  });
});

describe('mappingForFramework', () => {
  it('maps one question per skill, headed by area and skill name', () => {
    expect(mappingForFramework(framework).questions).toEqual({
      '[Area tech] Skill s1': 'tech.a.s1',
      '[Area tech] Skill s2': 'tech.a.s2',
      '[Area train] Skill s3': 'train.b.s3',
    });
  });
});

describe('the mapping made for the built-in framework', () => {
  it('fits a CSV headed as it says, covering every area without a problem', () => {
    const builtIn = mappingForFramework(DEFAULT_FRAMEWORK);
    const headers = ['Timestamp', 'Name', 'Email Address', 'Role', ...Object.keys(builtIn.questions)];
    const result = analyseResponses({
      mapping: builtIn,
      framework: DEFAULT_FRAMEWORK,
      roster,
      records: [
        headers,
        ['', 'Ada Lovelace', 'ada@example.org', '', ...Object.keys(builtIn.questions).map(() => '1')],
      ],
      selfAssessments: new Map(),
      roleKeys: [],
      now: new Date('2026-11-29T12:00:00Z'),
    });
    expect(result.mappingProblems).toEqual([]);
    expect(result.areaKeys).toEqual(DEFAULT_FRAMEWORK.areas.map((area) => area.key));
    expect(result.counts).toEqual({ rows: 1, valid: 1, invalid: 0 });
  });
});
