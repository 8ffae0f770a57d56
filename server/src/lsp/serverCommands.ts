// The document-wide commands: apply every safe fix, reveal a location, renumber, generate and export the 分工表.
import type { Range } from '../core/model/types';
import { exportDivisionTable, type ExportFormat } from '../core/features/exportTable';
import { generateDivisionTable } from '../core/features/generateTable';
import { renumber } from '../core/features/renumber';
import { matchOf, spellingFixesOf } from '../core/features/unitsContext';
import { applyDocumentEdits, SERVER_COMMANDS, type CommandHandler } from './commands';
import { fixAllFor, fixAllTitle } from './codeActions';
import { analysisOf, type FeatureContext } from './util';

function uriArg(args: unknown[]): string {
  const u = args[0];
  if (typeof u === 'string') return u;
  if (u && typeof u === 'object' && 'uri' in u && typeof (u as { uri: unknown }).uri === 'string') return (u as { uri: string }).uri;
  throw new Error('缺少文档参数（uri）');
}

export function basicCommands(ctx: FeatureContext): Record<string, CommandHandler> {
  return {
    [SERVER_COMMANDS.fixAll]: async (args) => {
      const a = await analysisOf(ctx, uriArg(args));
      if (!a) throw new Error('文档未打开');
      const r = await fixAllFor(ctx, a.doc, a.analysis);
      if (!r.edits.length) return { applied: false, message: '没有可自动修复的问题。' };
      const applied = await applyDocumentEdits(ctx, a.doc, r.edits, fixAllTitle(r.applied.length));
      return { applied, count: r.applied.length, message: applied ? `已修复 ${r.applied.length} 处：${[...new Set(r.applied.map((f) => f.title))].join('；')}` : '编辑器未接受修改。' };
    },
    [SERVER_COMMANDS.showLocation]: async (args) => {
      const uri = uriArg(args);
      const range = args[1] as Range | undefined;
      if (!ctx.workspace.supportsShowDocument) return { applied: false, uri, range };
      const r = await ctx.connection.window.showDocument({ uri, selection: range, takeFocus: true });
      return { applied: r.success, uri, range };
    },
    [SERVER_COMMANDS.renumber]: async (args) => {
      const a = await analysisOf(ctx, uriArg(args));
      if (!a) throw new Error('文档未打开');
      const p = args[1] as { line?: unknown; character?: unknown } | undefined;
      if (typeof p?.line !== 'number' || typeof p.character !== 'number') throw new Error('缺少光标位置参数（line, character）');
      const r = renumber(a.analysis.model, { line: p.line, character: p.character });
      if (!r || !r.edits.length) return { applied: false, message: '光标所在的序号已经连续，无需重新编号。' };
      const applied = await applyDocumentEdits(ctx, a.doc, r.edits, r.title);
      return { applied, count: r.edits.length, message: applied ? `${r.title}（改动 ${r.edits.length} 处）` : '编辑器未接受修改。' };
    },
    [SERVER_COMMANDS.generateDivisionTable]: async (args) => {
      const a = await analysisOf(ctx, uriArg(args));
      if (!a) throw new Error('文档未打开');
      const r = generateDivisionTable(a.analysis.model, matchOf(a.analysis), spellingFixesOf(a.analysis));
      if (!r.edits.length) return { applied: false, message: r.message, kept: r.kept };
      const applied = await applyDocumentEdits(ctx, a.doc, r.edits, '根据正文生成分工表');
      return { applied, message: applied ? r.message : '编辑器未接受修改，分工表未改动。', created: r.created, updated: r.updated, added: r.added, kept: r.kept };
    },
    [SERVER_COMMANDS.exportDivisionTable]: async (args) => {
      const a = await analysisOf(ctx, uriArg(args));
      if (!a) throw new Error('文档未打开');
      const format = (args[1] === 'markdown' || args[1] === 'md' ? 'markdown' : 'csv') as ExportFormat;
      const r = exportDivisionTable(a.analysis.model, format);
      return { applied: false, format, content: r.content, source: r.source, rows: r.rows };
    },
  };
}
