/**
 * Terminal output as HTML: SGR colours 30–37 and 90–97, bold (1, 22) and resets (0, 39, empty) become
 * `<span class="…">`; every other escape sequence is dropped and all text is HTML-escaped, so a log
 * can colour itself but never add markup (README "The HTML view").
 */
import { escapeHtml } from '../util/index.js';

interface Style {
  fg: number | null;
  bold: boolean;
}

/** CSI … final byte, OSC … BEL/ST, ESC + intermediates + final (charset choice), and ESC + one character. */
const ESCAPE =
  // eslint-disable-next-line no-control-regex -- matching escape sequences is the point
  /\x1b\[([0-?]*)[ -/]*([@-~])|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[ -/]+[0-~]|\x1b[@-Z\\-_]?/g;

export function ansiToHtml(text: string): string {
  let out = '';
  let style: Style = { fg: null, bold: false };
  let last = 0;
  for (const match of text.matchAll(ESCAPE)) {
    out += span(style, text.slice(last, match.index));
    last = match.index + match[0].length;
    if (match[2] === 'm') style = applySgr(style, match[1] ?? '');
  }
  out += span(style, text.slice(last));
  return out;
}

function applySgr(style: Style, params: string): Style {
  const codes = params === '' ? [0] : params.split(/[;:]/).map((p) => (p === '' ? 0 : Number(p)));
  let next = { ...style };
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    if (code === 0) next = { fg: null, bold: false };
    else if (code === 1) next.bold = true;
    else if (code === 22) next.bold = false;
    else if (code === 39) next.fg = null;
    else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) next.fg = code;
    // 38/48 (extended colours) carry their own parameters: skip them, they are not shown.
    else if (code === 38 || code === 48) i += codes[i + 1] === 5 ? 2 : codes[i + 1] === 2 ? 4 : 0;
  }
  return next;
}

function span(style: Style, text: string): string {
  if (text === '') return '';
  const classes = [...(style.fg === null ? [] : [`ansi-${style.fg}`]), ...(style.bold ? ['ansi-bold'] : [])];
  const escaped = escapeHtml(text);
  return classes.length === 0 ? escaped : `<span class="${classes.join(' ')}">${escaped}</span>`;
}
