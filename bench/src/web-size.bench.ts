// The weight of the built web app as a browser on a slow connection receives it (gzip): for every
// route of packages/web/src/app.tsx, the JavaScript and CSS a first visit to it downloads. That is
// index.html's entry and its static imports, the route's page chunk and its static imports, their
// CSS, and the English strings the page loads (features load their i18next namespace, a dynamic
// import of their locales/en.json, before they render). The import graph comes from Vite's build
// manifest (dist/.vite/manifest.json). Run with `npm run bench:web` (it builds the web app first).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const LIMIT_KB = 150;
const AIM_KB = 120;
const ASSESSMENT_FORM_ROUTE = '/assessments/:assessmentId';

const web = fileURLToPath(new URL('../../packages/web', import.meta.url));
const dist = path.join(web, 'dist');
const manifestFile = path.join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestFile))
  throw new Error(`${manifestFile} is missing: build the web app (npm run build:web) with build.manifest on`);

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const appSource = readFileSync(path.join(web, 'src', 'app.tsx'), 'utf8');

const sizes = new Map<string, number>();
const gzipped = (file: string) => {
  if (!sizes.has(file)) sizes.set(file, gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length);
  return sizes.get(file)!;
};
const sum = (files: Iterable<string>) => [...files].reduce((total, file) => total + gzipped(file), 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const isEnglishStrings = (key: string) => /\/locales\/en\.json$/.test(key);
const isOtherLanguage = (key: string) => /\/locales\/(?!en\.json$)[^/]+\.json$/.test(key);

// --- Routes → page modules, read from app.tsx ------------------------------------------------------

/** `const X = lazy(() => import('./features/…/x-page.js'))`: component name → manifest key. */
const lazyPages = new Map<string, string>();
for (const [, name, specifier] of appSource.matchAll(
  /const (\w+) = lazy\(\(\) => import\('\.\/([^']+)\.js'\)\)/g,
)) {
  const key = ['tsx', 'ts', 'jsx', 'js']
    .map((extension) => `src/${specifier}.${extension}`)
    .find((candidate) => manifest[candidate]);
  if (!key) throw new Error(`${name}: no chunk for ./${specifier}.js in the build manifest`);
  lazyPages.set(name!, key);
}
/** `const SignedInX = signedIn(X, …)` */
const wrappers = new Map(
  [...appSource.matchAll(/const (\w+) = signedIn\((\w+)/g)].map(([, name, page]) => [name!, page!]),
);
/** `function Home() { … <SignedInHome /> … }`: small components that pick a page. */
const functions = new Map(
  [...appSource.matchAll(/^function (\w+)\([^)]*\)[^{]*\{([\s\S]*?)^\}/gm)].map(([, name, body]) => [
    name!,
    [...body!.matchAll(/<(\w+)/g)].map(([, tag]) => tag!),
  ]),
);
function pagesOf(component: string, seen = new Set<string>()): string[] {
  if (seen.has(component)) return [];
  seen.add(component);
  if (lazyPages.has(component)) return [lazyPages.get(component)!];
  if (wrappers.has(component)) return pagesOf(wrappers.get(component)!, seen);
  return (functions.get(component) ?? []).flatMap((tag) => pagesOf(tag, seen));
}
const routes = [...appSource.matchAll(/<Route(?:\s+path="([^"]*)")?\s+component=\{(\w+)\}/g)].map(
  ([, routePath, component]) => {
    const pages = pagesOf(component!);
    if (pages.length !== 1)
      throw new Error(
        `route ${routePath ?? '(fallback)'}: ${component} leads to ${pages.length} page modules`,
      );
    return { path: routePath ?? '(any other path)', fallback: routePath === undefined, page: pages[0]! };
  },
);
if (routes.length === 0) throw new Error('found no <Route path=… component={…}> in app.tsx');

// --- The import graph ---------------------------------------------------------------------------

/** Chunks (manifest keys) reached from `keys` through static imports, `keys` included. */
function staticClosure(keys: Iterable<string>): Set<string> {
  const reached = new Set<string>();
  const visit = (key: string) => {
    if (reached.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest`);
    reached.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return reached;
}
/** The chunks plus the English strings they load (dynamic imports of locales/en.json), with theirs. */
function withEnglishStrings(keys: Set<string>): Set<string> {
  const strings = [...keys].flatMap((key) => (manifest[key]!.dynamicImports ?? []).filter(isEnglishStrings));
  return new Set([...keys, ...staticClosure(strings)]);
}
/** The files (JS and CSS) that a set of chunks is made of. */
function filesOf(keys: Iterable<string>): { js: Set<string>; css: Set<string> } {
  const js = new Set<string>();
  const css = new Set<string>();
  for (const key of keys) {
    js.add(manifest[key]!.file);
    for (const style of manifest[key]!.css ?? []) css.add(style);
  }
  return { js, css };
}
const minus = (files: Set<string>, ...others: Set<string>[]) =>
  new Set([...files].filter((file) => !others.some((other) => other.has(file))));

const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
if (!entryKey) throw new Error('the build manifest has no entry');
const shellKeys = withEnglishStrings(staticClosure([entryKey]));
const shell = filesOf(shellKeys);
const shellFiles = new Set([...shell.js, ...shell.css]);

// The entry's closure must be what index.html asks for (its script, modulepreloads and styles).
const inHtml = new Set(
  [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!),
);
const notInHtml = [...filesOf(staticClosure([entryKey])).js, ...shell.css].filter(
  (file) => !inHtml.has(file),
);
const notInManifest = [...inHtml].filter((file) => !shellFiles.has(file));
if (notInHtml.length > 0 || notInManifest.length > 0)
  console.log(
    `Note: index.html and the manifest's entry differ (only in the manifest: ${notInHtml.join(', ') || 'none'}; only in index.html: ${notInManifest.join(', ') || 'none'})\n`,
  );

const pageKeys = new Set(lazyPages.values());
interface RouteWeight {
  path: string;
  page: string;
  pageBytes: number;
  stringsBytes: number;
  total: number;
  /** Chunks the page imports lazily (charts, a section of the page), fetched once they render. */
  laterBytes: number;
}
const loadedByAnyRoute = new Set<string>(shellFiles);
const weights: RouteWeight[] = routes.map((route) => {
  const pageClosure = staticClosure([route.page]);
  const page = filesOf(pageClosure);
  const pageFiles = minus(new Set([...page.js, ...page.css]), shellFiles);
  const strings = filesOf(withEnglishStrings(pageClosure));
  const stringsFiles = minus(new Set([...strings.js, ...strings.css]), shellFiles, pageFiles);
  const loaded = new Set([...shellFiles, ...pageFiles, ...stringsFiles]);
  const lazyParts = [...pageClosure].flatMap((key) =>
    (manifest[key]!.dynamicImports ?? []).filter(
      (imported) => !pageKeys.has(imported) && !isEnglishStrings(imported) && !isOtherLanguage(imported),
    ),
  );
  const later = filesOf(withEnglishStrings(staticClosure(lazyParts)));
  const laterFiles = minus(new Set([...later.js, ...later.css]), loaded);
  for (const file of loaded) loadedByAnyRoute.add(file);
  return {
    path: route.path,
    page: path.basename(route.page),
    pageBytes: sum(pageFiles),
    stringsBytes: sum(stringsFiles),
    total: sum(loaded),
    laterBytes: sum(laterFiles),
  };
});
const routeOrder = (a: { path: string }, b: { path: string }) =>
  a.path.startsWith('(') === b.path.startsWith('(')
    ? a.path.localeCompare(b.path)
    : a.path.startsWith('(')
      ? 1
      : -1;
weights.sort(routeOrder);

// --- Report -----------------------------------------------------------------------------------------

const shellBytes = sum(shellFiles);
console.log(
  `Web app first load per route, gzip -9, KB = 1024 bytes; limit ${LIMIT_KB} KB, aim ${AIM_KB} KB (issue 8)\n`,
);
console.log(
  `Shared by every route: index.html's entry and its static imports, ${shell.js.size} JS + ${shell.css.size} CSS files: ` +
    `${kb(sum(shell.js))} JS + ${kb(sum(shell.css))} CSS = ${kb(shellBytes)}\n`,
);
const header = `${'route'.padEnd(48)} ${'page module'.padEnd(28)} ${'shell'.padStart(8)} ${'page'.padStart(8)} ${'en text'.padStart(8)} ${'total'.padStart(9)} ${'later'.padStart(8)}`;
console.log(header);
console.log('-'.repeat(header.length));
for (const weight of weights) {
  const over = weight.total > LIMIT_KB * 1024 ? `  OVER ${LIMIT_KB} KB` : '';
  console.log(
    `${weight.path.padEnd(48)} ${weight.page.padEnd(28)} ${kb(shellBytes).padStart(8)} ${kb(weight.pageBytes).padStart(8)} ${kb(weight.stringsBytes).padStart(8)} ${kb(weight.total).padStart(9)} ${(weight.laterBytes > 0 ? kb(weight.laterBytes) : '-').padStart(8)}${over}`,
  );
}
console.log(
  '\npage: the page chunk, its static imports and their CSS beyond the shell; en text: English strings the page',
);
console.log(
  'loads before rendering; total: shell + page + en text, what a first visit needs; later: chunks the page',
);
console.log('imports lazily when a part of it renders (charts, a section), not counted in total.');

const overLimit = weights.filter((weight) => weight.total > LIMIT_KB * 1024);
console.log(
  overLimit.length === 0
    ? `\nNo route is over ${LIMIT_KB} KB (largest: ${[...weights].sort((a, b) => b.total - a.total)[0]!.path}, ${kb(Math.max(...weights.map((weight) => weight.total)))}).`
    : `\n${overLimit.length} route(s) over ${LIMIT_KB} KB: ${overLimit.map((weight) => weight.path).join(', ')}`,
);

const form = weights.find((weight) => weight.path === ASSESSMENT_FORM_ROUTE);
if (form) {
  const margin = (limit: number) =>
    form.total <= limit * 1024
      ? `within, ${kb(limit * 1024 - form.total)} to spare`
      : `OVER by ${kb(form.total - limit * 1024)}`;
  console.log(
    `Assessment form (${ASSESSMENT_FORM_ROUTE}): ${kb(form.total)}, limit ${LIMIT_KB} KB: ${margin(LIMIT_KB)}; aim ${AIM_KB} KB: ${margin(AIM_KB)}.`,
  );
} else console.log(`Assessment form: no route ${ASSESSMENT_FORM_ROUTE} in app.tsx.`);

// What no first visit needs: other languages and lazily loaded parts, and the fonts the CSS asks for.
const assets = readdirSync(path.join(dist, 'assets')).map((file) => `assets/${file}`);
const otherLanguages = new Set(
  Object.entries(manifest)
    .filter(([key]) => isOtherLanguage(key))
    .map(([, chunk]) => chunk.file),
);
const rest = assets.filter((file) => /\.(js|css)$/.test(file) && !loadedByAnyRoute.has(file));
const restLanguages = rest.filter((file) => otherLanguages.has(file));
const restOther = rest.filter((file) => !otherLanguages.has(file)).sort((a, b) => gzipped(b) - gzipped(a));
console.log(
  `\nIn no route's first load: ${rest.length} chunks, ${kb(sum(rest))} (French, Portuguese and Spanish strings ` +
    `${kb(sum(restLanguages))}; lazily loaded parts ${kb(sum(restOther))}: ${restOther
      .slice(0, 3)
      .map((file) => `${path.basename(file)} ${kb(gzipped(file))}`)
      .join(', ')}${restOther.length > 3 ? ', …' : ''}).`,
);
const fonts = assets.filter((file) => file.endsWith('.woff2'));
console.log(
  `Fonts (woff2, fetched once text renders; not in the totals above): ${fonts.length} files, ${kb(sum(fonts))}.`,
);
const precached = [
  ...assets.filter((file) => /\.(js|css|svg|woff2)$/.test(file)),
  ...readdirSync(dist).filter((file) => /\.(js|css|html|svg)$/.test(file) && file !== 'sw.js'),
];
console.log(
  `The service worker then precaches the whole app in the background: ${precached.length} files, ${kb(sum(precached))}.`,
);
