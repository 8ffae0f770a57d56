// A 通知 is sent to someone: the 主送机关 (ending with ：) follows the title (GB/T 9704-2012 7.3.2).
// A notice that asks the public for comments (关于公开征求《…（征求意见稿）》的通知, 关于向社会公开征求…意见的通知) is
// published to everyone and rightly names no organ.
import type { DocumentModel, Paragraph } from '../../model/types';
import type { Finding, Rule } from '../types';
import { spanRange } from '../../text/span';

/** 公开征求 (or 向社会征求) with 意见 after it, in a title without its spaces. */
const PUBLIC_CONSULTATION = /(?:公开|向社会)征求.*意见/;

export const rule: Rule = {
  meta: {
    id: 'structure/missing-addressee',
    family: 'structure',
    severity: 'error',
    description: {
      zh: '通知标题之后缺少主送机关（文档从中间开始时仅作提示）',
      en: 'A notice whose title is not followed by the addressed organs (a note only when the document starts mid-way)',
    },
  },
  run({ model }) {
    const n = model.notice;
    // a text printed with its date in a 题注 under the title is printed without its addressee
    if (!n || n.addressee || !n.title || n.titleNote) return [];
    const title = n.title.text.replace(/[ \u3000]/g, '');
    if (PUBLIC_CONSULTATION.test(title)) return [];
    const bare = colonlessAddressee(model, n.title.range.end.line);
    if (bare) return [colonMissing(bare)];
    const notice = /通知$/.test(title);
    return [{
      range: n.title.range,
      severity: model.startsMidway ? 'information' : notice ? 'error' : 'warning',
      message: '缺少主送机关：标题之后、正文之前应写主送机关，以全角冒号结尾（如“各乡（镇）人民政府，县直各有关单位：”）。',
    }];
  },
};

/** An organ's name ends so (各乡（镇）人民政府, 县政府各部门, 各直属单位, 各街道办事处). */
const ORGAN_END = /(政府|部门|单位|机关|局|委|办|室|厅|院|会|中心|街道|办事处|公司|企业|学校|团体|组织|处|所|站|队|（镇）|（街道）)$/;

/**
 * The first line after the title when it is the 主送机关 with its colon forgotten (各乡（镇）人民政府，县政府各部门): no
 * sentence mark, several parts between ，、 or one with 各, every part ending as an organ's name does. Without its
 * colon the parser reads the line as the start of the body's first paragraph (it runs on into the next line), so the
 * line is its first segment. Returns the paragraph and where the line ends in its text.
 */
function colonlessAddressee(model: DocumentModel, titleEnd: number): { p: Paragraph; end: number } | undefined {
  const p = model.paragraphs.find((q) => q.range.start.line > titleEnd);
  if (!p || p.region !== 'notice' || p.heading) return undefined;
  const first = p.segments[0];
  const line = p.text.slice(0, first.end - first.start);
  const end = line.replace(/[ \u3000]+$/, '').length;
  const t = line.replace(/[ \u3000]/g, '');
  if (t.length < 4 || t.length > 120 || /[。；：:;！？!?“”《》0-9０-９]/.test(t)) return undefined;
  const parts = t.split(/[，、,]/);
  // one organ named alone (宝清县人民政府办公室) may be the issuer a web page prints under the title; an addressee
  // names several or speaks to 各…
  if (parts.length < 2 && !t.includes('各')) return undefined;
  return parts.every((x) => x.length >= 2 && ORGAN_END.test(x)) ? { p, end } : undefined;
}

function colonMissing({ p, end }: { p: Paragraph; end: number }): Finding {
  const start = p.text.length - p.text.trimStart().length;
  // on the line itself: an offset at the end of a paragraph's first segment is also the next line's start
  const first = p.segments[0];
  const at = { line: first.line, character: first.start + end };
  return {
    range: spanRange(p, start, end),
    severity: 'error',
    message: `主送机关“${p.text.slice(start, end)}”之后缺少全角冒号“：”。`,
    fixes: [{ title: '在主送机关后加全角冒号“：”', edits: [{ range: { start: at, end: at }, newText: '：' }], safe: true }],
  };
}
