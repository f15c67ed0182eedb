import type { TFunction } from 'i18next';
import { ApiError } from '../../shared/api/api-client.js';

/** One problem the server found, with its field relative to the document and in the reader's words. */
export interface FieldProblemText {
  field: string;
  text: string;
}

/** The server words problems in English for programs; people read ours. */
function problemText(problem: string, t: TFunction): string {
  if (problem === 'must not be empty' || /needs a name and a description/.test(problem)) {
    return t('problems.required');
  }
  if (/at most \d+ characters/.test(problem)) return t('problems.tooLong');
  if (problem.startsWith('must be kebab-case')) return t('problems.invalidKey');
  if (problem.startsWith('repeats the key')) return t('problems.duplicateKey');
  if (problem.startsWith('should start with')) return t('problems.keyOutsideParent');
  if (/is not a role of the catalogue/.test(problem)) return t('problems.unknownRole');
  if (/is not a sub-role of/.test(problem)) return t('problems.unknownSubRole');
  if (/is not a category of this framework/.test(problem)) return t('problems.unknownCategory');
  if (problem.startsWith('repeats an earlier target')) return t('problems.repeatedTarget');
  if (problem.startsWith('must contain at least one skill')) return t('problems.emptyCategory');
  if (problem.startsWith('must contain at least one')) return t('problems.emptyArea');
  if (/^has 1 skill/.test(problem)) return t('problems.fewSkills');
  if (/^has \d+ skills/.test(problem)) return t('problems.manySkills');
  if (problem.startsWith('must be "')) return t('problems.keyChanged');
  if (problem.startsWith('has fields the format does not know')) {
    return t('problems.unknownFields', { fields: problem.split(': ')[1] ?? '' });
  }
  if (problem.startsWith('is not valid JSON') || problem.startsWith('is not valid YAML')) {
    return t('problems.unreadable');
  }
  if (problem.startsWith('uses too many YAML aliases')) return t('problems.aliases');
  if (problem.startsWith('is already the key') || problem.includes('already the key'))
    return t('problems.keyTaken');
  if (problem.startsWith('must describe the levels')) return t('problems.ratingScale');
  return t('problems.invalid');
}

/** `body.document.areas.0.name` → `areas.0.name` (also for `body.content.` and `body.`). */
export function documentField(field: string): string {
  return field.replace(/^body\.(document|content)\.?/, '').replace(/^body\./, '');
}

export function fieldProblemsOf(error: unknown, t: TFunction): FieldProblemText[] {
  if (!(error instanceof ApiError) || !error.body) return [];
  return error.body.error.details.map((detail) => ({
    field: documentField(detail.field),
    text: problemText(detail.problem, t),
  }));
}

export function warningTexts(
  warnings: readonly { field: string; problem: string }[],
  t: TFunction,
): FieldProblemText[] {
  return warnings.map((warning) => ({ field: warning.field, text: problemText(warning.problem, t) }));
}

/** `areas.2.categories.0.skills` → "Area 3 › category 1 › skills", for a list of problems. */
export function fieldLabel(field: string, t: TFunction): string {
  if (field === '') return t('problems.wholeFile');
  const parts: string[] = [];
  const pattern = /(areas|categories|skills|levels|targets)\.(\d+)/g;
  for (const match of field.matchAll(pattern)) {
    parts.push(
      t(`problems.where.${match[1]}`, { number: Number(match[2]) + (match[1] === 'levels' ? 0 : 1) }),
    );
  }
  const last = field.split('.').at(-1) ?? '';
  if (!/^\d+$/.test(last) && !['areas', 'categories', 'skills', 'levels', 'targets'].includes(last)) {
    parts.push(last);
  }
  return parts.length > 0 ? parts.join(' › ') : field;
}
