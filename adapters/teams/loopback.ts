// Local mode (no MicrosoftAppId) has no token check, so whoever can reach /api/messages names the
// serviceUrl our replies are POSTed to. Replying only to loopback keeps the bot from becoming an open
// relay while the Bot Framework Emulator (which listens on localhost) still works (docs/contract.md §7).
import { isIP } from 'node:net';

export function isLoopbackServiceUrl(serviceUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username || url.password) return false;
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.split('.')[0] === '127';
  // WHATWG URL normalizes [0:0:0:0:0:0:0:1] to [::1] and [::ffff:127.0.0.1] to [::ffff:7f00:1].
  if (isIP(host) === 6) return host === '::1' || /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(host);
  return false;
}
