import * as fs from 'fs';
import * as path from 'path';

export const SEEDS_DIR = path.join(__dirname, '..', '..', 'seeds');

export const SEED_FILES = fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();

export function seed(prefix: string): string {
  const f = SEED_FILES.find((x) => x.startsWith(prefix));
  if (!f) throw new Error(`no seed ${prefix}`);
  return fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8');
}

export function seedPath(prefix: string): string {
  return path.join(SEEDS_DIR, SEED_FILES.find((x) => x.startsWith(prefix))!);
}
