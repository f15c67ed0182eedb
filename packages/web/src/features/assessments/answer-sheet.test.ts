import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveRatingsRequestInput, SaveRatingsResponse } from '@coreteam/core';
import { AnswerSheet } from './answer-sheet.js';

type Send = (body: SaveRatingsRequestInput) => Promise<SaveRatingsResponse>;

function anAnswerSheet(send: Send, skillKeys = ['plan-training', 'run-training', 'follow-up']) {
  return new AnswerSheet({
    assessmentId: 'assessment-1',
    areas: [{ areaKey: 'trainer', skillKeys }],
    ratings: [],
    comments: [],
    pending: { ratings: [], comments: [] },
    send,
  });
}

function answered(superseded: { skillKey: string; level: number | null }[] = []): SaveRatingsResponse {
  return {
    superseded: superseded.map((rating) => ({ ...rating, updatedAt: '2026-11-29T10:00:00.000Z' })),
  } as SaveRatingsResponse;
}

describe('AnswerSheet', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps answers waiting while the server cannot be reached, then sends them with when they were given', async () => {
    const send = vi.fn<Send>().mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const sheet = anAnswerSheet(send);
    sheet.rate('plan-training', 2);
    sheet.rate('run-training', null);
    await sheet.flush();
    expect(sheet.getSummary().status).toBe('offline');
    expect(sheet.hasPending()).toBe(true);

    send.mockResolvedValueOnce(answered());
    await sheet.flush();
    expect(sheet.getSummary().status).toBe('saved');
    expect(sheet.hasPending()).toBe(false);
    const body = send.mock.calls[1]![0];
    expect(body.ratings.map(({ skillKey, level }) => ({ skillKey, level }))).toEqual([
      { skillKey: 'plan-training', level: 2 },
      { skillKey: 'run-training', level: null },
    ]);
    expect(body.ratings.every((rating) => typeof rating.changedAt === 'string')).toBe(true);
  });

  it('shows the newer answer given elsewhere and names the skill', async () => {
    const send = vi.fn<Send>().mockResolvedValueOnce(answered([{ skillKey: 'run-training', level: 3 }]));
    const sheet = anAnswerSheet(send);
    sheet.rate('plan-training', 1);
    sheet.rate('run-training', 1);
    await sheet.flush();
    expect(sheet.answerOf('run-training')).toBe(3);
    expect(sheet.answerOf('plan-training')).toBe(1);
    expect(sheet.getSummary().superseded).toEqual(['run-training']);
    sheet.dismissSuperseded();
    expect(sheet.getSummary().superseded).toEqual([]);
  });

  it('tells nothing when the server already holds the same answer from an attempt whose reply was lost', async () => {
    const send = vi.fn<Send>().mockResolvedValueOnce(answered([{ skillKey: 'run-training', level: 2 }]));
    const sheet = anAnswerSheet(send);
    sheet.rate('run-training', 2);
    await sheet.flush();
    expect(sheet.getSummary()).toMatchObject({ status: 'saved', superseded: [] });
    expect(sheet.answerOf('run-training')).toBe(2);
  });

  it('gives every answer and comment shown, for the copy kept on the device', () => {
    const sheet = new AnswerSheet({
      assessmentId: 'assessment-1',
      areas: [{ areaKey: 'trainer', skillKeys: ['plan-training', 'run-training', 'follow-up'] }],
      ratings: [{ skillKey: 'plan-training', level: 0 }],
      comments: [{ categoryKey: 'delivery', comment: 'Twice last year.' }],
      pending: {
        ratings: [{ skillKey: 'run-training', level: 3, changedAt: '2026-11-29T09:00:00.000Z' }],
        comments: [],
      },
      send: vi.fn<Send>(),
    });
    expect(sheet.snapshot()).toEqual({
      ratings: [
        { skillKey: 'plan-training', level: 0 },
        { skillKey: 'run-training', level: 3 },
      ],
      comments: [{ categoryKey: 'delivery', comment: 'Twice last year.' }],
    });
  });
});
