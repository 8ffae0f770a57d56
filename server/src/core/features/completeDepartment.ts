// Completion inside a units bracket (〔县民政局、…〕, （县发改局、…按职责分工负责）) and in a 分工表
// units cell: the departments this document already names, most used first and written the way
// the document writes them, then the ones the settings add; after a complete name, the roles.
import type { Analysis } from '../engine/analyze';
import type { DocumentModel, Position } from '../model/types';
import { defaultConfig } from '../config';
import { DEPARTMENTS } from '../data/departments';
import type { CompletionResult } from './completion';
import { registryOf } from './unitsContext';

/** What completion reads from a units registry department. */
export interface DepartmentLike {
  canonical: string;
  /** spellings as written, most used first */
  aliases: readonly string[];
  mentions: readonly { source: string; generic: boolean }[];
}

export const ROLE_WORDS: { role: string; note: string }[] = [
  { role: '牵头', note: '牵头单位' },
  { role: '参加', note: '参加单位' },
  { role: '负责', note: '负责落实' },
  { role: '配合', note: '配合单位' },
  { role: '按职责分工负责', note: '各单位按职责分工负责' },
  { role: '具体落实', note: '具体落实（多用于各乡镇人民政府）' },
];

const SEPARATORS = '、，；：,;:';
const UNITISH = /(局|委|办|厅|部|院|会|中心|政府|公司|银行|支行|大队|队|联|团|街道|办事处)$/;

export interface UnitsSlot {
  /** where the name being typed starts on the line */
  from: number;
  /** the names already in this list */
  listed: string[];
  /** the text typed so far for this name */
  partial: string;
}

/** The units list the cursor is in, judged from the line so far (the bracket may not be closed yet). */
export function unitsSlot(model: DocumentModel, position: Position, lineText: string): UnitsSlot | undefined {
  const before = lineText.slice(0, position.character);
  let start = -1;
  // a 分工表 units cell: the model knows the row; a units cell is the whole line after its tab
  for (const t of model.tables) {
    if (t.unitsColumn < 0 || position.line < t.range.start.line || position.line > t.range.end.line + 1) continue;
    for (const r of t.rows) {
      // the 配合单位 cell beside it too
      const cells = r.cells.filter((c) => c.column === t.unitsColumn || (t.partnerColumn >= 0 && c.column === t.partnerColumn));
      if (cells.some((cell) => cell.segments.some((s) => s.line === position.line))) start = before.search(/[^\t \u3000]/);
    }
  }
  if (start < 0) {
    let depth = 0;
    for (let i = before.length - 1; i >= 0; i--) {
      const c = before[i];
      if (c === '）' || c === ')' || c === '〕') depth++;
      else if (c === '（' || c === '(' || c === '〔') {
        if (depth > 0) {
          depth--;
          continue;
        }
        const content = before.slice(i + 1);
        if (c === '〔' && /^[0-9０-９]*$/.test(content) && content.length > 0) return undefined; // 〔2024〕 of a 发文字号
        const afterSentence = /[。；]$/.test(before.slice(0, i).trimEnd());
        const listSoFar = /^(责任单位|牵头单位)[：:]|[^、，]*(局|委|办|厅|部|中心|政府|联|队)[、，]/.test(content);
        if (c === '〔' || afterSentence || listSoFar) start = i + 1;
        break;
      }
    }
  }
  if (start < 0) return undefined;
  const content = before.slice(start);
  let cut = -1;
  for (let i = content.length - 1; i >= 0; i--) {
    if (SEPARATORS.includes(content[i])) {
      cut = i;
      break;
    }
  }
  const listed = content
    .slice(0, cut + 1)
    .replace(/^(责任单位|牵头单位)[：:]/, '')
    .split(/[、，；,;]/)
    .map((s) => s.replace(/(按职责分工负责|具体落实|牵头|参加|负责|配合)$/, '').trim())
    .filter(Boolean);
  return { from: start + cut + 1, listed, partial: content.slice(cut + 1) };
}

export function completeDepartments(
  model: DocumentModel,
  departments: readonly DepartmentLike[],
  extraNames: readonly string[],
  position: Position,
  lineText: string,
): CompletionResult[] {
  const slot = unitsSlot(model, position, lineText);
  if (!slot) return [];
  const range = { start: { line: position.line, character: slot.from }, end: position };
  const out: CompletionResult[] = [];
  const seen = new Set(slot.listed);
  // right after a complete name: its role
  const known = new Set(departments.flatMap((d) => d.aliases));
  if (slot.partial && (known.has(slot.partial) || UNITISH.test(slot.partial))) {
    ROLE_WORDS.forEach((r, i) =>
      out.push({
        label: r.role,
        kind: 14,
        detail: '角色',
        documentation: r.note,
        insertText: r.role,
        range: { start: position, end: position },
        sortText: '0' + i,
        filterText: r.role,
      }),
    );
  }
  const ranked = departments
    .filter((d) => d.aliases.length && !d.mentions.every((m) => m.generic))
    .map((d) => ({ d, uses: d.mentions.filter((m) => m.source === 'task' || m.source === 'table').length, all: d.mentions.length }))
    .sort((a, b) => b.uses - a.uses || b.all - a.all || a.d.aliases[0].localeCompare(b.d.aliases[0], 'zh'));
  ranked.forEach(({ d, uses, all }, i) => {
    const label = d.aliases[0];
    if (seen.has(label) || d.aliases.some((a) => seen.has(a))) return;
    seen.add(label);
    const others = d.aliases.slice(1).filter((a) => a !== label);
    out.push({
      label,
      kind: 9,
      detail: d.canonical !== label ? d.canonical : '责任单位',
      documentation: `文中出现 ${all} 次（任务和分工表 ${uses} 次）${others.length ? `；也写作 ${others.join('、')}` : ''}`,
      insertText: label,
      range,
      sortText: '1' + String(i).padStart(4, '0'),
      filterText: [label, ...others].join(' '),
    });
  });
  extraNames.forEach((name, i) => {
    if (seen.has(name)) return;
    seen.add(name);
    out.push({ label: name, kind: 9, detail: '常用单位名称', insertText: name, range, sortText: '2' + String(i).padStart(4, '0') });
  });
  return out;
}

/**
 * Names worth offering that the document does not use yet: the user's aliases' targets, then the
 * built-in standard names, written with the document's level (县卫生健康局, 县委宣传部).
 */
export function knownNames(level: string, userAliases: Readonly<Record<string, string>>): string[] {
  const withLevel = (body: string, party?: boolean) => (level ? level + (party ? '委' : '') : '') + body;
  const user = [...new Set(Object.values(userAliases))].map((n) => (/^[省市县区州旗盟]/.test(n) ? n : withLevel(n)));
  const builtin = DEPARTMENTS.filter((d) => !/^人民政府/.test(d.name) && !d.whole).map((d) => withLevel(d.name, d.party));
  return [...new Set([...user, ...builtin])];
}

export function completeDepartment(analysis: Analysis, position: Position, lineText: string): CompletionResult[] {
  const registry = registryOf(analysis);
  const config = analysis.config ?? defaultConfig();
  return completeDepartments(analysis.model, registry.departments, knownNames(registry.names.level, config.unitAliases), position, lineText);
}
