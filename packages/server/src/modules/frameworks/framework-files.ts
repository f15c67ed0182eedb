import { parseDocument, stringify } from 'yaml';
import {
  FRAMEWORK_DOCUMENT_FORMAT,
  InvalidInputError,
  frameworkDocumentSchema,
  type FieldProblem,
  type FrameworkDocument,
} from '@coreteam/core';

/*
 * Framework documents as files (the format is described in docs/framework-format.md): what export
 * writes and import reads. A file is untrusted input: YAML is read with the core schema only (no
 * custom tags, no merge keys), duplicate keys refused, and aliases capped so a "billion laughs"
 * file cannot blow up into gigabytes in memory.
 */

export type FrameworkFileFormat = 'yaml' | 'json';

/** More aliases than a hand-written file needs, far fewer than an expansion attack does. */
const MAX_YAML_ALIASES = 50;
/** The error response carries at most this many field problems. */
const MAX_PROBLEMS = 200;

export const FRAMEWORK_FILE_CONTENT_TYPES: Record<FrameworkFileFormat, string> = {
  yaml: 'application/yaml; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** `areas.1.key` for the zod path [areas, 1, key]; a prefix such as `body.content` goes first. */
export function fieldOf(prefix: string, path: readonly PropertyKey[]): string {
  return [prefix, ...path.map((part) => String(part))].filter(Boolean).join('.');
}

const unreadable = (problem: string) =>
  new InvalidInputError(
    `The file cannot be read: ${problem}`,
    [{ field: 'body.content', problem }],
    'unreadable_framework_file',
  );

/** The file's data as plain values, or 400 naming `body.content` with the line at fault. */
export function readFrameworkFile(format: FrameworkFileFormat, content: string): unknown {
  if (format === 'json') {
    try {
      return JSON.parse(content) as unknown;
    } catch (error) {
      throw unreadable(`is not valid JSON (${(error as Error).message.slice(0, 200)})`);
    }
  }
  const document = parseDocument(content, {
    schema: 'core',
    merge: false,
    uniqueKeys: true,
    prettyErrors: true,
    strict: true,
  });
  const [firstError] = document.errors;
  if (firstError) {
    const line = firstError.linePos?.[0].line;
    throw unreadable(
      `is not valid YAML${line ? ` (line ${line})` : ''}: ${firstError.message.split('\n')[0]!.slice(0, 200)}`,
    );
  }
  try {
    return document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    throw unreadable(`uses too many YAML aliases (${(error as Error).message.slice(0, 200)})`);
  }
}

/**
 * The file as a framework document: unknown fields and wrong values are refused, each named as
 * `<prefix>.<path>` (e.g. `body.content.areas.0.categories.2.name`).
 */
export function parseFrameworkFile(
  format: FrameworkFileFormat,
  content: string,
  prefix = 'body.content',
): FrameworkDocument {
  const data = readFrameworkFile(format, content);
  const parsed = frameworkDocumentSchema.safeParse(data);
  if (!parsed.success) {
    const problems: FieldProblem[] = parsed.error.issues.slice(0, MAX_PROBLEMS).map((issue) => ({
      field: fieldOf(prefix, issue.path),
      problem:
        issue.code === 'unrecognized_keys'
          ? `has fields the format does not know: ${issue.keys.join(', ')}`
          : issue.message,
    }));
    throw new InvalidInputError(
      'The file is not a framework document in the documented format.',
      problems,
      'invalid_framework_file',
    );
  }
  return parsed.data;
}

/** The document laid out in the documented field order, format marker and version number first. */
export function exportableDocument(document: FrameworkDocument, versionNumber: number): FrameworkDocument {
  return {
    format: FRAMEWORK_DOCUMENT_FORMAT,
    key: document.key,
    version: String(versionNumber),
    name: document.name,
    description: document.description,
    ratingScale: {
      levels: document.ratingScale.levels.map(({ level, name, description }) => ({
        level,
        name,
        description,
      })),
      notApplicable: {
        name: document.ratingScale.notApplicable.name,
        description: document.ratingScale.notApplicable.description,
      },
    },
    areas: document.areas.map((area) => ({
      key: area.key,
      name: area.name,
      description: area.description,
      roleKey: area.roleKey,
      subRoleKey: area.subRoleKey,
      categories: area.categories.map((category) => ({
        key: category.key,
        name: category.name,
        description: category.description,
        skills: category.skills.map(({ key, name, description }) => ({ key, name, description })),
      })),
    })),
    targets: document.targets.map(({ roleKey, subRoleKey, categoryKey, level }) => ({
      roleKey,
      subRoleKey,
      categoryKey,
      level,
    })),
  };
}

export function writeFrameworkFile(document: FrameworkDocument, format: FrameworkFileFormat): string {
  if (format === 'json') return `${JSON.stringify(document, null, 2)}\n`;
  // No line folding: a long description stays on one line, so a diff of two exports stays readable.
  return stringify(document, { lineWidth: 0, aliasDuplicateObjects: false });
}

/**
 * Whether two documents say the same thing, whatever their version label or format marker: an
 * import of an unchanged export makes no new version.
 */
export function sameFrameworkContent(a: FrameworkDocument, b: FrameworkDocument): boolean {
  const content = (document: FrameworkDocument) =>
    JSON.stringify({ ...exportableDocument(document, 0), format: undefined, version: undefined });
  return content(a) === content(b);
}
