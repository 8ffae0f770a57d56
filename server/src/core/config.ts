// Settings and gongwen.config.json: data only, validated, never executed.
// A broken entry produces one clear message and the default is used.
import type { SeveritySetting } from './rules/types';
import { validateUserIndicators } from './indicators/catalogue';

export interface GongwenConfig {
  /** rule id → severity override */
  rules: Record<string, SeveritySetting>;
  /** short form or variant → canonical department name (extends the built-in table) */
  unitAliases: Record<string, string>;
  /** user-defined indicators (shape checked by the indicator catalogue) */
  indicators: unknown[];
}

export interface ConfigProblem {
  /** where the problem is: a file path or a setting name */
  source: string;
  message: string;
}

export function defaultConfig(): GongwenConfig {
  return { rules: {}, unitAliases: {}, indicators: [] };
}

const SEVERITIES = new Set(['off', 'information', 'warning', 'error', 'hint']);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Merges a raw settings object (VS Code's gongwen.* or a parsed gongwen.config.json) into `base`.
 * Accepts `{rules, units: {aliases}, indicators}` and the flat setting names.
 */
export function mergeConfig(base: GongwenConfig, raw: unknown, source: string, problems: ConfigProblem[]): GongwenConfig {
  const out: GongwenConfig = { rules: { ...base.rules }, unitAliases: { ...base.unitAliases }, indicators: [...base.indicators] };
  if (raw === undefined || raw === null) return out;
  if (!isPlainObject(raw)) {
    problems.push({ source, message: `配置应为对象（JSON object），实际为 ${Array.isArray(raw) ? '数组' : typeof raw}；已使用默认设置。` });
    return out;
  }
  const rules = raw['rules'];
  if (rules !== undefined) {
    if (!isPlainObject(rules)) problems.push({ source, message: '“rules” 应为对象，如 {"structure/missing-date": "off"}；已忽略。' });
    else
      for (const [id, sev] of Object.entries(rules)) {
        if (typeof sev === 'string' && SEVERITIES.has(sev)) out.rules[id] = sev as SeveritySetting;
        else problems.push({ source, message: `规则 “${id}” 的级别 ${JSON.stringify(sev)} 无效，应为 off、information、warning 或 error；已使用默认级别。` });
      }
  }
  const units = raw['units'];
  const aliases = isPlainObject(units) ? units['aliases'] : raw['units.aliases'];
  if (aliases !== undefined) {
    if (!isPlainObject(aliases)) problems.push({ source, message: '“units.aliases” 应为对象，如 {"卫健局": "卫生健康局"}；已忽略。' });
    else
      for (const [k, v] of Object.entries(aliases)) {
        if (typeof v === 'string' && v.trim() && k.trim()) out.unitAliases[k.trim()] = v.trim();
        else problems.push({ source, message: `单位别名 “${k}” 的值应为非空字符串；已忽略。` });
      }
  }
  const indicators = raw['indicators'];
  if (indicators !== undefined) {
    if (!Array.isArray(indicators)) problems.push({ source, message: '“indicators” 应为数组；已忽略。' });
    // each entry is checked here so a broken one is reported once, where the file is named
    else out.indicators.push(...validateUserIndicators(indicators, source, problems));
  }
  return out;
}

/** Parses gongwen.config.json text. Invalid JSON gives one problem with its location. */
export function parseConfigText(text: string, source: string, base: GongwenConfig, problems: ConfigProblem[]): GongwenConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    problems.push({ source, message: `无法解析 JSON（${msg}）；已使用默认设置。` });
    return base;
  }
  return mergeConfig(base, raw, source, problems);
}
