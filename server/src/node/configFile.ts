// gongwen.config.json next to a document (or in a folder above it) and an explicit --config file.
import * as fs from 'fs';
import * as path from 'path';
import { defaultConfig, parseConfigText, type ConfigProblem, type GongwenConfig } from '../core/config';

export const CONFIG_NAME = 'gongwen.config.json';

/**
 * The nearest gongwen.config.json from the document's folder upwards, stopping at a repository
 * root, and at `root` (the workspace folder) when given: a workspace never picks up a
 * configuration from outside itself.
 */
export function findConfigFile(documentPath: string, root?: string): string | undefined {
  let dir = path.dirname(path.resolve(documentPath));
  const stop = root === undefined ? undefined : path.resolve(root);
  if (stop !== undefined && !isInside(stop, dir)) return undefined;
  for (let i = 0; i < 32; i++) {
    const candidate = path.join(dir, CONFIG_NAME);
    if (fs.existsSync(candidate)) return candidate;
    if (dir === stop || fs.existsSync(path.join(dir, '.git'))) return undefined;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
  return undefined;
}

const cache = new Map<string, { mtimeMs: number; config: GongwenConfig; problems: ConfigProblem[] }>();

export function readConfigFile(file: string, base: GongwenConfig, problems: ConfigProblem[]): GongwenConfig {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    problems.push({ source: file, message: '配置文件不存在或无法读取；已使用默认设置。' });
    return base;
  }
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === st.mtimeMs && base === defaultBase) {
    problems.push(...hit.problems);
    return hit.config;
  }
  const local: ConfigProblem[] = [];
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    local.push({ source: file, message: `无法读取配置文件（${(e as Error).message}）；已使用默认设置。` });
    problems.push(...local);
    return base;
  }
  const config = parseConfigText(text, file, base, local);
  if (base === defaultBase) cache.set(file, { mtimeMs: st.mtimeMs, config, problems: local });
  problems.push(...local);
  return config;
}

const defaultBase = defaultConfig();

/** `p` is `root` or lies under it (both absolute). */
export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * A path named by configuration, resolved against the workspace folder: undefined when it
 * would point outside it (../../etc/passwd, an absolute path elsewhere, a link out of it).
 */
export function resolveInside(root: string, p: string): string | undefined {
  const base = path.resolve(root);
  const full = path.resolve(base, p);
  if (!isInside(base, full)) return undefined;
  // a symbolic link inside the folder may still point out of it: resolve the deepest part that exists
  let existing = full;
  while (!fs.existsSync(existing) && existing !== base) existing = path.dirname(existing);
  try {
    if (!isInside(fs.realpathSync(base), fs.realpathSync(existing))) return undefined;
  } catch {
    return undefined;
  }
  return full;
}

export function loadConfigFor(documentPath: string, explicit: string | undefined, problems: ConfigProblem[], base: GongwenConfig = defaultBase, root?: string): GongwenConfig {
  const file = explicit ?? findConfigFile(documentPath, root);
  if (!file) return base;
  return readConfigFile(file, base, problems);
}
