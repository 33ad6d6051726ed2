// Teams parses a markdown subset in FactSet titles and values (bold, italics, lists, [links](url)).
// Card text is plain text, so the characters that open markdown syntax are backslash-escaped
// (CommonMark escapes ASCII punctuation this way): with `[` and `]` escaped no [text](url) link can
// form, and `<`/`>` cannot make an autolink. Parentheses and other punctuation stay readable.

const INLINE = /[\\`*_~[\]<>]/g;
/** A line that starts like a list item, heading or quote would be reformatted. */
const LINE_START = /^(\s*)([-+>#]|\d+[.)])/gm;

export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE, (c) => `\\${c}`)
    .replace(LINE_START, (_m, space: string, marker: string) => {
      const escaped = /^\d/.test(marker) ? `${marker.slice(0, -1)}\\${marker.slice(-1)}` : `\\${marker}`;
      return `${space}${escaped}`;
    });
}
