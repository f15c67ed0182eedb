import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '@coreteam/core';

const SOURCE_DIR = fileURLToPath(new URL('../..', import.meta.url));
const FEATURES_DIR = path.join(SOURCE_DIR, 'features');

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') keys.set(full, value);
    else for (const [nested, text] of flatten(value, full)) keys.set(nested, text);
  }
  return keys;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
  });
}

/**
 * Each namespace: the shared one (`translation`, in shared/i18n/locales) used by every file
 * outside features that have their own, and one per feature with a `locales` folder, used by
 * that feature's files.
 */
interface Namespace {
  name: string;
  localesDir: string;
  files: string[];
}

function namespaces(): Namespace[] {
  const featureNamespaces: Namespace[] = readdirSync(FEATURES_DIR)
    .filter((feature) => existsSync(path.join(FEATURES_DIR, feature, 'locales')))
    .map((feature) => ({
      name: feature,
      localesDir: path.join(FEATURES_DIR, feature, 'locales'),
      files: sourceFiles(path.join(FEATURES_DIR, feature)),
    }));
  const ownedElsewhere = new Set(featureNamespaces.flatMap((namespace) => namespace.files));
  return [
    {
      name: 'translation',
      localesDir: fileURLToPath(new URL('./locales', import.meta.url)),
      files: sourceFiles(SOURCE_DIR).filter((file) => !ownedElsewhere.has(file)),
    },
    ...featureNamespaces,
  ];
}

function translations(namespace: Namespace, language: string): Map<string, string> {
  const file = path.join(namespace.localesDir, `${language}.json`);
  return flatten(JSON.parse(readFileSync(file, 'utf8')) as Tree);
}

/**
 * Keys the code asks for: literal `t('a.b')` calls, plus template keys such as
 * `t(\`home.${step}Title\`)`, which are matched as patterns.
 */
function keysUsedInCode(files: string[]): { literal: Set<string>; patterns: RegExp[] } {
  const literal = new Set<string>();
  const patterns: RegExp[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) literal.add(match[1]!);
    for (const match of text.matchAll(/labelKey:\s*'([a-zA-Z0-9_.]+)'/g)) literal.add(match[1]!);
    for (const match of text.matchAll(/\bt\(\s*`([^`]+)`/g)) {
      const pattern = match[1]!.replace(/[.]/g, '\\.').replace(/\$\{[^}]+\}/g, '[a-zA-Z0-9_]+');
      patterns.push(new RegExp(`^${pattern}$`));
    }
  }
  return { literal, patterns };
}

describe.each(namespaces())('translations of the $name namespace', (namespace) => {
  const english = translations(namespace, 'en');

  it.each(SUPPORTED_LANGUAGES.filter((language) => language !== 'en'))(
    'has exactly the English keys in %s, none empty',
    (language) => {
      const other = translations(namespace, language);
      expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
      expect([...other.entries()].filter(([, text]) => text.trim() === '')).toEqual([]);
    },
  );

  it('defines every key the code uses', () => {
    const { literal } = keysUsedInCode(namespace.files);
    expect([...literal].filter((key) => !english.has(key))).toEqual([]);
  });

  it('uses every key it defines', () => {
    const { literal, patterns } = keysUsedInCode(namespace.files);
    const unused = [...english.keys()].filter(
      (key) => !literal.has(key) && !patterns.some((pattern) => pattern.test(key)),
    );
    expect(unused).toEqual([]);
  });
});
