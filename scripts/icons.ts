// `npm run icons`: writes build/icons/ from build/icon.svg. The output is committed, so packaging never needs this script.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderIconSet } from './icon-set';

const buildDir = path.resolve(import.meta.dirname, '../build');
const outDir = path.join(buildDir, 'icons');

mkdirSync(outDir, { recursive: true });
const files = renderIconSet(readFileSync(path.join(buildDir, 'icon.svg'), 'utf8'));
for (const [name, contents] of files) {
  writeFileSync(path.join(outDir, name), contents);
  console.log(`build/icons/${name}  ${contents.length} bytes`);
}
