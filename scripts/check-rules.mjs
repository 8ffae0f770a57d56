// Parity check (as eslint's checkRuleFiles): every rule file is in the index, has a test file and a
// docs page, and its meta.id equals its path. Run by `npm test`.
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const rulesDir = path.join(root, 'server/src/core/rules');
const index = fs.readFileSync(path.join(rulesDir, 'index.ts'), 'utf8');
const problems = [];
const ids = [];
for (const family of fs.readdirSync(rulesDir, { withFileTypes: true })) {
  if (!family.isDirectory()) continue;
  for (const f of fs.readdirSync(path.join(rulesDir, family.name))) {
    if (!f.endsWith('.ts')) continue;
    const name = f.replace(/\.ts$/, '');
    const id = `${family.name}/${name}`;
    ids.push(id);
    const src = fs.readFileSync(path.join(rulesDir, family.name, f), 'utf8');
    if (!src.includes(`id: '${id}'`)) problems.push(`${id}: meta.id does not equal the file path`);
    if (!index.includes(`'./${id}'`)) problems.push(`${id}: not listed in rules/index.ts`);
    if (!fs.existsSync(path.join(root, 'test/core/rules', family.name, `${name}.test.ts`))) problems.push(`${id}: no test/core/rules/${id}.test.ts`);
    if (!fs.existsSync(path.join(root, 'docs/rules', family.name, `${name}.md`))) problems.push(`${id}: no docs/rules/${id}.md`);
  }
}
const listed = [...index.matchAll(/from '\.\/([a-z]+\/[a-z0-9-]+)'/g)].map((m) => m[1]);
const sorted = [...listed].sort();
if (listed.join() !== sorted.join()) problems.push('rules/index.ts imports are not sorted by id');
for (const id of listed) if (!ids.includes(id)) problems.push(`${id}: listed in index.ts but no file`);
if (problems.length) {
  console.error('check-rules:\n  ' + problems.join('\n  '));
  process.exit(1);
}
console.log(`check-rules: ${ids.length} rules, each with index entry, test and docs page`);
