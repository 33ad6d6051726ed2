// A rough HTML picture of a Block Kit message, for `npm run preview`: enough to see order, length and
// button rows before sending anything to Slack. Not Slack's renderer — Slack's own Block Kit Builder
// is the reference — but every block type the bot sends is drawn.
import type { SlackBlock, SlackButton, SlackMessage } from '../adapters/slack/render-block-kit.js';

const html = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Slack mrkdwn as the bot writes it (escaped &<>, *bold*, _italic_, <url|title>) → HTML. */
function mrkdwn(text: string): string {
  // The renderer already escaped &, < and > as entities; links are the only raw angle brackets.
  return text
    .replace(
      /<(https?:\/\/[^|>]+)\|([^>]+)>/g,
      (_m, url: string, title: string) => `<a href="${url}">${title}</a>`,
    )
    .replace(/(^|\s)\*([^*\n]+)\*(?=\s|$|[.,;:])/g, '$1<b>$2</b>')
    .replace(/(^|\s)_([^_\n]+)_(?=\s|$|[.,;:])/g, '$1<i>$2</i>')
    .replace(/\n/g, '<br>');
}

function block(b: SlackBlock): string {
  switch (b.type) {
    case 'header':
      return `<div class="s-header">${html(b.text.text)}</div>`;
    case 'section': {
      const text = b.text ? `<div>${mrkdwn(b.text.text)}</div>` : '';
      const fields = b.fields?.length
        ? `<div class="s-fields">${b.fields.map((f) => `<div>${mrkdwn(f.text)}</div>`).join('')}</div>`
        : '';
      return `<div class="s-section">${text}${fields}</div>`;
    }
    case 'context':
      return `<div class="s-context">${b.elements
        .map((e) => ('text' in e && typeof e.text === 'string' ? mrkdwn(e.text) : ''))
        .join(' ')}</div>`;
    case 'actions':
      return `<div class="s-actions">${(b.elements as SlackButton[])
        .map(
          (e) =>
            `<span class="s-button${e.style === 'primary' ? ' primary' : ''}">${html(e.text.text)}</span>`,
        )
        .join('')}</div>`;
    case 'divider':
      return '<hr>';
    default:
      return `<div class="s-context">(${html(b.type)} block)</div>`;
  }
}

export function slackHtml(message: SlackMessage): string {
  return `<div class="slack">${message.blocks.map(block).join('\n')}</div>`;
}

export const SLACK_CSS = `
.slack { font: 15px/1.45 Lato, 'Segoe UI', sans-serif; color: #1d1c1d; border-left: 4px solid #e8e8e8; padding: 4px 12px; overflow-wrap: anywhere; }
.s-header { font-weight: 900; font-size: 18px; margin: 4px 0; }
.s-section { margin: 6px 0; }
.s-fields { display: grid; grid-template-columns: 1fr 1fr; gap: 6px 16px; margin-top: 4px; }
@media (max-width: 480px) { .s-fields { grid-template-columns: 1fr; } }
.s-context { color: #616061; font-size: 13px; margin: 4px 0; }
.s-actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0; }
.s-button { border: 1px solid #ccc; border-radius: 4px; padding: 4px 12px; font-weight: 700; font-size: 14px; }
.s-button.primary { background: #007a5a; color: #fff; border-color: #007a5a; }
a { color: #1264a3; }
`;
