import type { SaveRatingsRequestInput, SaveRatingsResponse } from '@coreteam/core';
import { ApiError } from '../../shared/api/api-client.js';
import { writePendingAnswers, type PendingAnswers, type PendingRating } from './pending-answers.js';

/** A skill's answer: 0–3, null for N/A, undefined while unanswered. */
export type Answer = number | null | undefined;

/**
 * `saved`: the server has every answer. `saving`: a save is under way or about to start.
 * `offline`: the server could not be reached; answers wait on this device and go out when it can.
 * `failed`: the server refused the save; the person can retry.
 */
export type SyncStatus = 'saved' | 'saving' | 'offline' | 'failed';

export interface SheetSummary {
  status: SyncStatus;
  /** The last refusal, while `failed`. */
  failure: unknown;
  answered: number;
  /** Skills whose answer here was replaced by a newer one from elsewhere, to tell the person. */
  superseded: string[];
}

/** Changes given within this time go to the server in one request. */
export const SAVE_BATCH_MS = 300;
/** While offline, how often to try again even if the browser does not say it is back online. */
const OFFLINE_RETRY_MS = 15_000;

export interface AnswerSheetInput {
  assessmentId: string;
  /** Every skill of the assessment's areas, by area. */
  areas: { areaKey: string; skillKeys: string[] }[];
  ratings: { skillKey: string; level: number | null }[];
  comments: { categoryKey: string; comment: string }[];
  /** Answers kept on this device from an earlier visit, laid over the server's. */
  pending: PendingAnswers;
  send: (body: SaveRatingsRequestInput) => Promise<SaveRatingsResponse>;
}

/**
 * The answers of one assessment being filled in, outside React: each row subscribes to its own
 * skill, so an answer re-renders that row and the progress figures, never the whole form. Every
 * change is kept in IndexedDB until the server confirms it, and sent in small batches.
 */
export class AnswerSheet {
  private readonly answers = new Map<string, Answer>();
  private readonly comments = new Map<string, string>();
  private readonly areaOfSkill = new Map<string, string>();
  private readonly answeredByArea = new Map<string, number>();
  private readonly skillListeners = new Map<string, Set<() => void>>();
  private readonly listeners = new Set<() => void>();
  private readonly pendingRatings = new Map<string, PendingRating>();
  private readonly pendingComments = new Map<string, string>();
  private summary: SheetSummary;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | undefined;
  private persisting: Promise<void> = Promise.resolve();
  private stopped = false;
  private ready = false;

  constructor(private readonly input: AnswerSheetInput) {
    for (const area of input.areas) {
      this.answeredByArea.set(area.areaKey, 0);
      for (const skillKey of area.skillKeys) this.areaOfSkill.set(skillKey, area.areaKey);
    }
    for (const rating of input.ratings) this.setAnswer(rating.skillKey, rating.level);
    for (const comment of input.comments) this.comments.set(comment.categoryKey, comment.comment);
    for (const rating of input.pending.ratings) {
      if (!this.areaOfSkill.has(rating.skillKey)) continue;
      this.pendingRatings.set(rating.skillKey, rating);
      this.setAnswer(rating.skillKey, rating.level);
    }
    for (const comment of input.pending.comments) {
      this.pendingComments.set(comment.categoryKey, comment.comment);
      this.comments.set(comment.categoryKey, comment.comment);
    }
    this.summary = {
      status: this.hasPending() ? 'saving' : 'saved',
      failure: undefined,
      answered: this.countAnswered(),
      superseded: [],
    };
    this.ready = true;
  }

  /** Starts sending what an earlier visit left behind, and listens for the connection to return. */
  start(): () => void {
    this.stopped = false;
    const onOnline = () => void this.flush();
    window.addEventListener('online', onOnline);
    if (this.hasPending()) void this.flush();
    return () => {
      window.removeEventListener('online', onOnline);
      this.stopped = true;
      clearTimeout(this.timer);
      clearTimeout(this.retryTimer);
      // Leaving the page: what is still waiting goes out now rather than at the next visit.
      if (this.hasPending()) void this.flush();
    };
  }

  answerOf(skillKey: string): Answer {
    return this.answers.get(skillKey);
  }

  commentOf(categoryKey: string): string {
    return this.comments.get(categoryKey) ?? '';
  }

  answeredIn(areaKey: string): number {
    return this.answeredByArea.get(areaKey) ?? 0;
  }

  getSummary = (): SheetSummary => this.summary;

  /** Every answer and comment as shown now, for the copy of the assessment kept on this device. */
  snapshot(): {
    ratings: { skillKey: string; level: number | null }[];
    comments: { categoryKey: string; comment: string }[];
  } {
    const ratings: { skillKey: string; level: number | null }[] = [];
    for (const [skillKey, level] of this.answers) if (level !== undefined) ratings.push({ skillKey, level });
    const comments = [...this.comments.entries()]
      .filter(([, comment]) => comment.trim() !== '')
      .map(([categoryKey, comment]) => ({ categoryKey, comment }));
    return { ratings, comments };
  }

  hasPending(): boolean {
    return this.pendingRatings.size > 0 || this.pendingComments.size > 0;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  subscribeSkill(skillKey: string, listener: () => void): () => void {
    let set = this.skillListeners.get(skillKey);
    if (!set) {
      set = new Set();
      this.skillListeners.set(skillKey, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  rate(skillKey: string, level: number | null): void {
    if (!this.areaOfSkill.has(skillKey) || this.answers.get(skillKey) === level) return;
    this.setAnswer(skillKey, level);
    this.pendingRatings.set(skillKey, { skillKey, level, changedAt: new Date().toISOString() });
    this.changed();
  }

  comment(categoryKey: string, text: string): void {
    if (this.commentOf(categoryKey) === text) return;
    this.comments.set(categoryKey, text);
    this.pendingComments.set(categoryKey, text);
    this.changed();
  }

  /** Forgets the superseded notices once the person has read them. */
  dismissSuperseded(): void {
    this.update({ superseded: [] });
  }

  /**
   * Sends everything waiting now. Resolves once the server has answered (or could not be
   * reached); check `hasPending()` afterwards.
   */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.inFlight) {
      await this.inFlight;
      if (this.hasPending() && this.summary.status !== 'failed') return this.flush();
      return;
    }
    if (!this.hasPending()) {
      if (this.summary.status !== 'saved') this.update({ status: 'saved', failure: undefined });
      return;
    }
    this.inFlight = this.send();
    try {
      await this.inFlight;
    } finally {
      this.inFlight = undefined;
    }
    if (this.hasPending() && this.summary.status === 'saving' && !this.stopped) this.schedule();
  }

  private async send(): Promise<void> {
    const ratings = [...this.pendingRatings.values()];
    const comments = [...this.pendingComments.entries()].map(([categoryKey, comment]) => ({
      categoryKey,
      comment,
    }));
    this.update({ status: 'saving', failure: undefined });
    try {
      const response = await this.input.send({ ratings, comments });
      for (const rating of ratings) {
        if (this.pendingRatings.get(rating.skillKey) === rating) this.pendingRatings.delete(rating.skillKey);
      }
      for (const comment of comments) {
        if (this.pendingComments.get(comment.categoryKey) === comment.comment) {
          this.pendingComments.delete(comment.categoryKey);
        }
      }
      const superseded: string[] = [];
      const sentLevels = new Map(ratings.map((rating) => [rating.skillKey, rating.level]));
      for (const newer of response.superseded) {
        // A change made here since the request left is newer still: it goes out next.
        if (this.pendingRatings.has(newer.skillKey)) continue;
        // The same answer, saved by an earlier attempt whose reply was lost: nothing to tell.
        if (sentLevels.get(newer.skillKey) === newer.level) continue;
        this.setAnswer(newer.skillKey, newer.level);
        superseded.push(newer.skillKey);
      }
      this.persist();
      clearTimeout(this.retryTimer);
      this.update({
        status: this.hasPending() ? 'saving' : 'saved',
        superseded:
          superseded.length > 0 ? [...this.summary.superseded, ...superseded] : this.summary.superseded,
      });
    } catch (error) {
      const offline = !(error instanceof ApiError) || error.status >= 500 || error.status === 0;
      this.update({ status: offline ? 'offline' : 'failed', failure: error });
      if (offline && !this.stopped) {
        clearTimeout(this.retryTimer);
        this.retryTimer = setTimeout(() => void this.flush(), OFFLINE_RETRY_MS);
      }
    }
  }

  private setAnswer(skillKey: string, level: Answer): void {
    const areaKey = this.areaOfSkill.get(skillKey);
    if (!areaKey) return;
    const before = this.answers.get(skillKey);
    this.answers.set(skillKey, level);
    const delta = (level !== undefined ? 1 : 0) - (before !== undefined ? 1 : 0);
    if (delta !== 0) this.answeredByArea.set(areaKey, (this.answeredByArea.get(areaKey) ?? 0) + delta);
    for (const listener of this.skillListeners.get(skillKey) ?? []) listener();
    if (this.ready && delta !== 0) this.update({ answered: this.countAnswered() });
  }

  private countAnswered(): number {
    let total = 0;
    for (const count of this.answeredByArea.values()) total += count;
    return total;
  }

  private changed(): void {
    this.persist();
    // A refused save stays refused until the person retries; offline answers wait for the network.
    if (this.summary.status === 'saved') this.update({ status: 'saving' });
    if (this.summary.status === 'saving') this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_BATCH_MS);
  }

  /** Writes are chained so that an older snapshot never lands after a newer one. */
  private persist(): void {
    const snapshot: PendingAnswers = {
      ratings: [...this.pendingRatings.values()],
      comments: [...this.pendingComments.entries()].map(([categoryKey, comment]) => ({
        categoryKey,
        comment,
      })),
    };
    this.persisting = this.persisting.then(() => writePendingAnswers(this.input.assessmentId, snapshot));
  }

  /** Resolves once everything written so far is in IndexedDB (tests and page exits wait on it). */
  stored(): Promise<void> {
    return this.persisting;
  }

  private update(change: Partial<SheetSummary>): void {
    this.summary = { ...this.summary, ...change };
    for (const listener of this.listeners) listener();
  }
}
