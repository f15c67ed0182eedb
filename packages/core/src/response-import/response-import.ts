import type { AssessmentFramework } from '../assessment/framework.js';
import { indexFramework } from '../assessment/framework-index.js';
import { NOT_APPLICABLE, type Rating, type RatingLevel } from '../assessment/ratings.js';
import type {
  ResponseImportPreview,
  ResponseImportProblem,
  ResponseImportRow,
  ResponseMapping,
} from '../schemas/response-import.schema.js';

/** A roster entry a CSV row can be matched to. */
export interface ImportRosterMember {
  memberId: string;
  name: string;
  /** The email of the account linked to the roster entry, if any. */
  email: string | null;
  userId: string | null;
}

export interface ResponseImportInput {
  mapping: ResponseMapping;
  framework: AssessmentFramework;
  roster: readonly ImportRosterMember[];
  /** The CSV as parsed: the first record is the header line. */
  records: readonly (readonly string[])[];
  /** The self-assessments the round already has, by member id. */
  selfAssessments: ReadonlyMap<string, { status: string }>;
  /** The role keys of the roles catalogue, to check the mapping's role labels against. */
  roleKeys: readonly string[];
  /** Used for rows whose timestamp is missing, unreadable or in the future. */
  now: Date;
}

/** A row that can be written: who answered, when, and what. */
export interface ImportableResponse {
  row: number;
  memberId: string;
  answeredAt: string | null;
  ratings: Record<string, Rating>;
}

export interface ResponseImportAnalysis extends ResponseImportPreview {
  importable: ImportableResponse[];
}

const NOT_APPLICABLE_SPELLINGS = new Set(['n/a', 'na', 'n.a.', 'not applicable']);

/** A cell's answer: a level, N/A, missing (empty), or invalid. */
export function readAnswer(cell: string): Rating | 'missing' | 'invalid' {
  const value = cell.trim();
  if (value === '') return 'missing';
  if (/^[0-3]$/.test(value)) return Number(value) as RatingLevel;
  if (NOT_APPLICABLE_SPELLINGS.has(value.toLowerCase())) return NOT_APPLICABLE;
  return 'invalid';
}

const DATE_TIME =
  /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?/;

/**
 * The moment a Google Form timestamp names, read as UTC: ISO 8601, `YYYY/MM/DD hh:mm:ss` or the
 * US `M/D/YYYY hh:mm:ss` Google Sheets writes by default (with optional AM/PM). Undefined when it
 * cannot be read unambiguously.
 */
export function readTimestamp(cell: string): Date | undefined {
  const value = cell.trim();
  if (value === '') return undefined;
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    const parsed = new Date(value);
    return Number.isNaN(parsed.getTime()) ? undefined : parsed;
  }
  const match = DATE_TIME.exec(value);
  if (!match) return undefined;
  const [, first, second, third, hourText, minuteText, secondText, meridiem] = match;
  let year: number, month: number, day: number;
  if (first!.length === 4) [year, month, day] = [Number(first), Number(second), Number(third)];
  else if (third!.length === 4) [year, month, day] = [Number(third), Number(first), Number(second)];
  else return undefined;
  let hour = hourText === undefined ? 0 : Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  const seconds = secondText === undefined ? 0 : Number(secondText);
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
  }
  const parsed = new Date(Date.UTC(year, month - 1, day, hour, minute, seconds));
  const exact =
    parsed.getUTCFullYear() === year &&
    parsed.getUTCMonth() === month - 1 &&
    parsed.getUTCDate() === day &&
    parsed.getUTCHours() === hour &&
    minute < 60 &&
    seconds < 60;
  return exact ? parsed : undefined;
}

const problem = (
  row: number | null,
  column: string | null,
  code: string,
  message: string,
): ResponseImportProblem => ({ row, column, code, message });

/** Problems of the mapping against the CSV header and the framework, and the areas it covers. */
function checkMapping(input: ResponseImportInput, headers: readonly string[]) {
  const { mapping, framework } = input;
  const index = indexFramework(framework);
  const problems: ResponseImportProblem[] = [];
  const known = new Set(headers);
  const columnOf = new Map<string, number>();
  headers.forEach((header, position) => {
    if (!columnOf.has(header)) columnOf.set(header, position);
  });
  const seen = new Map<string, number>();
  headers.forEach((header) => seen.set(header, (seen.get(header) ?? 0) + 1));

  const requireHeader = (header: string, what: string) => {
    if (!known.has(header)) {
      problems.push(
        problem(
          null,
          header,
          'unknown_header',
          `The ${what} column "${header}" is not in the CSV header line.`,
        ),
      );
    } else if (seen.get(header)! > 1) {
      problems.push(
        problem(null, header, 'ambiguous_header', `The CSV has more than one column headed "${header}".`),
      );
    }
  };
  if (mapping.columns.timestamp !== undefined) requireHeader(mapping.columns.timestamp, 'timestamp');
  requireHeader(mapping.columns.name, 'name');
  requireHeader(mapping.columns.email, 'email');
  if (mapping.columns.role !== undefined) requireHeader(mapping.columns.role, 'role');

  const columnOfSkill = new Map<string, string>();
  const areaIndexes = new Set<number>();
  for (const [header, skillKey] of Object.entries(mapping.questions)) {
    requireHeader(header, 'question');
    const skill = index.skillByKey.get(skillKey);
    if (!skill) {
      problems.push(
        problem(
          null,
          header,
          'unknown_skill',
          `"${skillKey}" is not a skill of the round's framework version.`,
        ),
      );
      continue;
    }
    const earlier = columnOfSkill.get(skillKey);
    if (earlier !== undefined) {
      problems.push(
        problem(
          null,
          header,
          'duplicate_skill',
          `"${skillKey}" is already the skill of the column "${earlier}".`,
        ),
      );
      continue;
    }
    columnOfSkill.set(skillKey, header);
    areaIndexes.add(index.categories[skill.categoryIndex]!.areaIndex);
  }

  // An imported assessment is submitted, so every skill of the areas it covers needs a column.
  const areaKeys: string[] = [];
  for (const areaIndex of [...areaIndexes].sort((a, b) => a - b)) {
    const { area, categoryIndexes } = index.areas[areaIndex]!;
    areaKeys.push(area.key);
    for (const categoryIndex of categoryIndexes) {
      for (const skill of index.categories[categoryIndex]!.category.skills) {
        if (!columnOfSkill.has(skill.key)) {
          problems.push(
            problem(
              null,
              null,
              'unmapped_skill',
              `The skill "${skill.key}" of the area "${area.key}" has no question column: map every skill of an area you import.`,
            ),
          );
        }
      }
    }
  }

  const roleKeys = new Set(input.roleKeys);
  for (const [label, roleKey] of Object.entries(mapping.roles ?? {})) {
    if (!roleKeys.has(roleKey)) {
      problems.push(
        problem(null, label, 'unknown_role', `"${roleKey}" is not a role of the roles catalogue.`),
      );
    }
  }
  return { problems, columnOf, columnOfSkill, areaKeys };
}

const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * Reads CSV records of form responses against a mapping, the round's framework and the team's
 * roster: for each row, the member it is from and its answers, or what is wrong with it (naming
 * the line and column). Rows are importable only when the mapping itself has no problem.
 */
export function analyseResponses(input: ResponseImportInput): ResponseImportAnalysis {
  const [headerRecord = [], ...dataRecords] = input.records;
  const headers = headerRecord.map((header) => header.trim());
  const { problems: mappingProblems, columnOf, columnOfSkill, areaKeys } = checkMapping(input, headers);
  const { mapping } = input;

  const byEmail = new Map<string, ImportRosterMember>();
  const byName = new Map<string, ImportRosterMember[]>();
  for (const member of input.roster) {
    if (member.email) byEmail.set(normaliseEmail(member.email), member);
    const named = byName.get(member.name.trim()) ?? [];
    named.push(member);
    byName.set(member.name.trim(), named);
  }
  const cellOf = (record: readonly string[], header: string | undefined) => {
    if (header === undefined) return '';
    const position = columnOf.get(header);
    return position === undefined ? '' : (record[position] ?? '');
  };
  const questionColumns = [...columnOfSkill].map(([skillKey, header]) => ({
    skillKey,
    header,
    position: columnOf.get(header),
  }));

  const firstRowOfMember = new Map<string, number>();
  const rows: ResponseImportRow[] = [];
  const importable: ImportableResponse[] = [];
  dataRecords.forEach((record, position) => {
    const row = position + 2;
    const problems: ResponseImportProblem[] = [];
    const name = cellOf(record, mapping.columns.name).trim();
    const email = cellOf(record, mapping.columns.email).trim();

    let member: ImportRosterMember | undefined;
    if (email !== '') member = byEmail.get(normaliseEmail(email));
    if (!member && name !== '') {
      const named = byName.get(name) ?? [];
      if (named.length === 1) member = named[0];
      else if (named.length > 1) {
        problems.push(
          problem(
            row,
            mapping.columns.name,
            'ambiguous_member',
            `${named.length} members of the team are called "${name}": give their email.`,
          ),
        );
      }
    }
    if (!member && problems.length === 0) {
      problems.push(
        email !== ''
          ? problem(
              row,
              mapping.columns.email,
              'unknown_member',
              `No member of the team has the email "${email}" or the name "${name}".`,
            )
          : problem(
              row,
              mapping.columns.name,
              'unknown_member',
              `No member of the team is called "${name}".`,
            ),
      );
    }
    if (member) {
      const earlier = firstRowOfMember.get(member.memberId);
      if (earlier !== undefined) {
        problems.push(
          problem(
            row,
            mapping.columns.email,
            'duplicate_respondent',
            `${member.name} already answered in row ${earlier}.`,
          ),
        );
      } else {
        firstRowOfMember.set(member.memberId, row);
      }
      if (member.userId === null) {
        problems.push(
          problem(
            row,
            mapping.columns.email,
            'member_without_account',
            `${member.name} has no user account to hold a self-assessment.`,
          ),
        );
      }
      if (input.selfAssessments.get(member.memberId)?.status === 'submitted') {
        problems.push(
          problem(
            row,
            null,
            'already_submitted',
            `${member.name} has already submitted a self-assessment in this round.`,
          ),
        );
      }
    }

    let roleKey: string | null = null;
    if (mapping.columns.role !== undefined) {
      const label = cellOf(record, mapping.columns.role).trim();
      if (mapping.roles !== undefined && label !== '') {
        roleKey = Object.hasOwn(mapping.roles, label) ? mapping.roles[label]! : null;
        if (roleKey === null) {
          problems.push(
            problem(
              row,
              mapping.columns.role,
              'unknown_role_label',
              `The role "${label}" is not in the mapping's roles.`,
            ),
          );
        }
      }
    }

    const ratings = Object.create(null) as Record<string, Rating>;
    let answered = 0;
    for (const { skillKey, header, position: column } of questionColumns) {
      if (column === undefined) continue;
      const answer = readAnswer(record[column] ?? '');
      if (answer === 'missing') {
        problems.push(problem(row, header, 'missing_answer', 'No answer: give 0–3 or N/A.'));
      } else if (answer === 'invalid') {
        problems.push(
          problem(
            row,
            header,
            'invalid_answer',
            `"${(record[column] ?? '').trim().slice(0, 40)}" is not 0, 1, 2, 3 or N/A.`,
          ),
        );
      } else {
        ratings[skillKey] = answer;
        answered += 1;
      }
    }

    const timestamp = readTimestamp(cellOf(record, mapping.columns.timestamp));
    const answeredAt =
      timestamp !== undefined && timestamp.getTime() <= input.now.getTime() ? timestamp.toISOString() : null;
    const valid = problems.length === 0 && mappingProblems.length === 0;
    rows.push({
      row,
      status: valid ? 'valid' : 'invalid',
      name,
      email,
      memberId: member?.memberId ?? null,
      memberName: member?.name ?? null,
      roleKey,
      answeredAt,
      answered,
      problems,
    });
    if (valid && member) importable.push({ row, memberId: member.memberId, answeredAt, ratings });
  });

  const valid = rows.filter((row) => row.status === 'valid').length;
  if (dataRecords.length === 0) {
    mappingProblems.push(
      problem(null, null, 'no_rows', 'The CSV has no response rows under its header line.'),
    );
  }
  return {
    mappingProblems,
    areaKeys,
    rows,
    counts: { rows: rows.length, valid, invalid: rows.length - valid },
    importable,
  };
}

/**
 * A mapping for a framework whose form asks each skill by its name: question header = skill name
 * (the first column holding a name wins). A starting point a lead edits to match their form.
 */
export function mappingForFramework(framework: AssessmentFramework): ResponseMapping {
  const questions: Record<string, string> = {};
  for (const area of framework.areas) {
    for (const category of area.categories) {
      for (const skill of category.skills) {
        const header = `[${area.name}] ${skill.name}`;
        if (!Object.hasOwn(questions, header)) questions[header] = skill.key;
      }
    }
  }
  return {
    columns: { timestamp: 'Timestamp', name: 'Name', email: 'Email Address', role: 'Role' },
    questions,
  };
}
