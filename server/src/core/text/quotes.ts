// Messages quote what the drafter wrote, and what they wrote often has quotes of its own:
// 生成“崇信县“十四五”…分工表”. Chinese typesetting writes a quote inside a quote as ‘’, so the
// outer level stays “” and each level inside alternates ‘’ / “”.

const OPEN = '“';
const CLOSE = '”';

/**
 * Rewrites the “” of nested levels as ‘’ (and the level inside that as “” again). A message whose
 * “” do not pair up (it quotes an unpaired quote, or a clipped fragment) is returned unchanged, and
 * a quote mark quoted on its own (“““”) is left as it is: guessing there would misplace a mark.
 */
export function nestQuotes(message: string): string {
  if (message.indexOf(OPEN) < 0) return message;
  let depth = 0;
  let nested = false;
  let out = '';
  let from = 0;
  for (let i = 0; i < message.length; i++) {
    const c = message[i];
    if (c !== OPEN && c !== CLOSE) continue;
    // “X” where X is itself a quote mark: the mark as a literal, not a level
    if (c === OPEN && (message[i + 1] === OPEN || message[i + 1] === CLOSE || message[i + 1] === '‘' || message[i + 1] === '’') && message[i + 2] === CLOSE) {
      if (depth > 0) return message;
      i += 2;
      continue;
    }
    if (c === OPEN) {
      depth++;
      if (depth % 2 === 0) {
        out += message.slice(from, i) + '‘';
        from = i + 1;
        nested = true;
      }
    } else {
      if (depth === 0) return message;
      if (depth % 2 === 0) {
        out += message.slice(from, i) + '’';
        from = i + 1;
      }
      depth--;
    }
  }
  if (depth !== 0 || !nested) return message;
  return out + message.slice(from);
}
