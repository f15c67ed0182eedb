import { del, get, set } from 'idb-keyval';

/** An answer given on this device and not yet confirmed by the server. */
export interface PendingRating {
  skillKey: string;
  /** 0–3, or null for N/A. */
  level: number | null;
  /** When it was given (ISO), so the server can keep whichever answer is newer. */
  changedAt: string;
}

export interface PendingAnswers {
  ratings: PendingRating[];
  comments: { categoryKey: string; comment: string }[];
}

const EMPTY: PendingAnswers = { ratings: [], comments: [] };

function keyOf(assessmentId: string): string {
  return `coreteam.assessment-pending.${assessmentId}`;
}

/**
 * Answers survive a closed tab, a crash or a dropped connection in IndexedDB until the server has
 * them. Storage may be refused (private browsing, quota): the form then still saves online.
 */
export async function readPendingAnswers(assessmentId: string): Promise<PendingAnswers> {
  try {
    const stored = await get<PendingAnswers>(keyOf(assessmentId));
    if (!stored || !Array.isArray(stored.ratings) || !Array.isArray(stored.comments)) return EMPTY;
    return stored;
  } catch {
    return EMPTY;
  }
}

export async function writePendingAnswers(assessmentId: string, pending: PendingAnswers): Promise<void> {
  try {
    if (pending.ratings.length === 0 && pending.comments.length === 0) await del(keyOf(assessmentId));
    else await set(keyOf(assessmentId), pending);
  } catch {
    // Nothing to do: the answers are still in memory and go out with the next save.
  }
}
