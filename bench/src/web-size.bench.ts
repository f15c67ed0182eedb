// The weight of the built web app as a browser on a slow connection receives it (gzip): what the
// first load of any page needs (index.html's script, its static imports and CSS), then each page chunk.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../../packages/web/dist', import.meta.url));
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const gzipped = (file: string) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
const initialBytes = initial.reduce((total, file) => total + gzipped(file), 0);
console.log('First load (index.html scripts, preloads and styles), gzipped:');
for (const file of initial) console.log(`  ${file.padEnd(50)} ${kb(gzipped(file)).padStart(9)}`);
console.log(`  ${'total'.padEnd(50)} ${kb(initialBytes).padStart(9)}\n`);

console.log('Lazily loaded chunks, gzipped:');
for (const file of readdirSync(path.join(dist, 'assets')).sort()) {
  const relative = `assets/${file}`;
  if (!/\.(js|css)$/.test(file) || initial.includes(relative)) continue;
  if (statSync(path.join(dist, relative)).isFile())
    console.log(`  ${relative.padEnd(50)} ${kb(gzipped(relative)).padStart(9)}`);
}
