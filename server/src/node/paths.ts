// Where the installed extension / checkout lives, to point diagnostics at docs/rules/*.md.
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';

let cached: string | undefined;

export function packageRoot(): string {
  if (cached) return cached;
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    const pkg = path.join(dir, 'package.json');
    try {
      if (JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'gongwen') return (cached = dir);
    } catch {
      // not here; keep looking upwards
    }
    dir = path.dirname(dir);
  }
  return (cached = path.resolve(__dirname, '..'));
}

/** file:// URI of docs/rules/ (with a trailing slash), or undefined when the docs are not shipped. */
export function docsBase(): string | undefined {
  const dir = path.join(packageRoot(), 'docs', 'rules');
  return fs.existsSync(dir) ? pathToFileURL(dir).href + '/' : undefined;
}
