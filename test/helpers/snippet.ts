// Expands a VS Code snippet body the way the editor does when the drafter accepts every default:
// placeholders take their default, choices their first option, mirrors repeat the placeholder,
// variables resolve (with their /regex/format/ transforms) from `vars`.

export function expandSnippet(body: string | string[], vars: Record<string, string> = {}): string {
  const src = Array.isArray(body) ? body.join('\n') : body;
  const values = new Map<string, string>();
  let i = 0;

  function parse(until: string | undefined): string {
    let out = '';
    while (i < src.length) {
      const c = src[i];
      if (until && src.startsWith(until, i)) return out;
      if (c === '\\' && i + 1 < src.length && '$}\\|,'.includes(src[i + 1])) {
        out += src[i + 1];
        i += 2;
        continue;
      }
      if (c === '$') {
        const m = /^\$(\d+)/.exec(src.slice(i));
        if (m) {
          i += m[0].length;
          out += values.get(m[1]) ?? '';
          continue;
        }
        const v = /^\$([A-Z_]+)/.exec(src.slice(i));
        if (v) {
          i += v[0].length;
          out += vars[v[1]] ?? '';
          continue;
        }
        if (src[i + 1] === '{') {
          i += 2;
          out += parseBraced();
          continue;
        }
      }
      out += c;
      i++;
    }
    if (until) throw new Error(`snippet: missing “${until}”`);
    return out;
  }

  function parseBraced(): string {
    const num = /^(\d+)/.exec(src.slice(i));
    if (num) {
      const id = num[1];
      i += id.length;
      if (src[i] === '}') {
        i++;
        return values.get(id) ?? '';
      }
      if (src[i] === ':') {
        i++;
        const v = parse('}');
        i++;
        if (!values.has(id)) values.set(id, v);
        return values.get(id)!;
      }
      if (src[i] === '|') {
        const end = src.indexOf('|}', i + 1);
        const options = src.slice(i + 1, end).split(',');
        i = end + 2;
        if (!values.has(id)) values.set(id, options[0]);
        return values.get(id)!;
      }
      throw new Error(`snippet: bad tab stop at ${i}`);
    }
    const name = /^([A-Z_]+)/.exec(src.slice(i));
    if (!name) throw new Error(`snippet: bad variable at ${i}`);
    i += name[1].length;
    let value = vars[name[1]] ?? '';
    if (src[i] === '/') {
      const end = src.indexOf('}', i);
      const [, re, fmt, flags] = src.slice(i, end).split('/');
      value = value.replace(new RegExp(re, flags), fmt.replace(/\$(\d)/g, '$$$1'));
      i = end + 1;
      return value;
    }
    if (src[i] === ':') {
      i++;
      const d = parse('}');
      i++;
      return value || d;
    }
    i++; // }
    return value;
  }

  return parse(undefined);
}
