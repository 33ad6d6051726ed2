// Slack text in both directions. Card text is plain text; Slack's mrkdwn treats `<…>` as mentions
// and links and `&…;` as entities, so exactly `&`, `<` and `>` are escaped (docs/platform-notes.md, Slack's
// "Formatting text for app surfaces"). Nothing else is encoded.

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Slack message text → plain text for the core. Slack sends `&`, `<`, `>` escaped and wraps
 * mentions and links in angle brackets: `<@U123>`, `<#C1|general>`, `<!here>`, `<https://x|label>`.
 * The core only needs the words, so each becomes a readable plain form.
 */
export function slackToPlain(text: string): string {
  // Most messages have neither brackets nor entities: a look costs less than a replace over 20,000 characters.
  const plain = !text.includes('<')
    ? text
    : text.replace(/<([^<>]*)>/g, (_whole, inner: string) => {
        const [target = '', label] = inner.split('|', 2);
        if (target.startsWith('@')) return `@${label ?? target.slice(1)}`;
        if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
        if (target.startsWith('!')) return `@${(label ?? target.slice(1)).replace(/^subteam\^/, '')}`;
        return label ?? target;
      });
  if (!plain.includes('&')) return plain;
  return plain.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Cut `text` to at most `max` characters (by UTF-16 units, as Slack counts), marking the cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return text.slice(0, max);
  let cut = text.slice(0, max - 1);
  // Never leave half a surrogate pair or half an escaped entity behind.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  cut = cut.replace(/&[a-z]{0,4}$/, '');
  return `${cut}…`;
}
