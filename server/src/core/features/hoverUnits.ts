// Hover on a department name: its canonical name, the spellings this document uses, how many
// tasks and 分工表 rows name it and in which roles, and where else it appears.
import type { Analysis } from '../engine/analyze';
import type { Position } from '../model/types';
import { defaultConfig } from '../config';
import { getRegistry, type Mention } from '../units/registry';
import { lineList } from '../units/describe';
import type { HoverResult } from './hover';

/** （牵头 2，参加 5）, or nothing when no list gives roles */
function roleSummary(ms: readonly Mention[]): string {
  if (!ms.some((m) => m.role)) return '';
  const counts = new Map<string, number>();
  for (const m of ms) counts.set(m.role ?? '未注明分工', (counts.get(m.role ?? '未注明分工') ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join('，').replace(/^/, '（') + '）';
}

export function unitHover(analysis: Analysis, position: Position): HoverResult | undefined {
  const reg = getRegistry(analysis.model, analysis.config ?? defaultConfig(), analysis.shared);
  const m = reg.mentionAt(position);
  if (!m) return undefined;
  const dept = reg.byCanonical(m.canonical);
  if (!dept) return undefined;
  const lines: string[] = [m.name === dept.canonical ? `**${m.name}**` : `**${m.name}** — 规范名称：${dept.canonical}`];
  if (m.expanded !== m.name.replace(/[\s\u3000]/g, '')) lines.push(`此处省略了行政区划，即“${m.expanded}”`);
  const slip = reg.nearMisses.find((n) => n.mention === m);
  if (slip) lines.push(`疑为“${slip.target}”之误（本文使用 ${slip.targetMentions.length} 次）`);
  lines.push(`本文写法：${dept.aliases.map((a) => `“${a}”`).join('、')}`);
  const tasks = dept.mentions.filter((x) => x.source === 'task');
  const rows = dept.mentions.filter((x) => x.source === 'table');
  const taskCount = new Set(tasks.map((x) => x.task)).size;
  const rowCount = new Set(rows.map((x) => `${x.table}:${x.row}`)).size;
  if (taskCount) lines.push(`正文任务 ${taskCount} 项${roleSummary(tasks)}`);
  if (rowCount) lines.push(`分工表 ${rowCount} 行${roleSummary(rows)}`);
  const members = dept.mentions.filter((x) => x.source === 'member');
  const duties = dept.mentions.filter((x) => x.source === 'duty');
  if (members.length) lines.push(`工作专班成员单位（${lineList(members)}）`);
  if (duties.length) lines.push(`主要职责见${lineList(duties)}`);
  return { markdown: lines.join('\n\n'), range: m.range };
}
