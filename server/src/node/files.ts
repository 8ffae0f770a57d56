// Walking directories for documents: *.txt and *.gw by default (--ext changes the list; a
// name ending .gongwen.txt is a .txt), skipping node_modules and dot-folders, in a stable order.
// Symbolic links are not followed, so a link loop cannot trap the walk.
import * as fs from 'fs';
import * as path from 'path';

export const DEFAULT_EXTENSIONS: readonly string[] = ['.txt', '.gw'];

/** `--ext .txt,.gw --ext md` → ['.txt', '.gw', '.md']: lower case, with the dot, no duplicates. */
export function parseExtensions(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const v of values)
    for (const raw of v.split(/[,，\s]+/)) {
      const x = raw.trim().toLowerCase().replace(/^\*/, '');
      if (!x || x === '.') continue;
      const ext = x.startsWith('.') ? x : '.' + x;
      if (!out.includes(ext)) out.push(ext);
    }
  return out;
}

export function collectFiles(dir: string, extensions: readonly string[] = DEFAULT_EXTENSIONS): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && extensions.some((x) => e.name.toLowerCase().endsWith(x))) out.push(p);
    }
  };
  walk(dir);
  return out;
}
