// Baseline: a bare botbuilder bot on node:http that answers every message with one text reply (no
// app id: the Bot Framework Emulator's local mode, like the server's with no credentials).
import { createServer } from 'node:http';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await context.sendActivity('ok');
  await next();
});

createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.writeHead(400).end();
      return;
    }
    // The small request/response shape CloudAdapter.process reads (express-like).
    let status = 200;
    const shimReq = { body, headers: req.headers, method: req.method };
    const shimRes = {
      socket: req.socket,
      status(code) {
        status = code;
      },
      header(name, value) {
        res.setHeader(name, value);
      },
      send(payload) {
        res.statusCode = status;
        res.end(payload === undefined ? undefined : JSON.stringify(payload));
      },
      end() {
        if (res.writableEnded) return;
        res.statusCode = status;
        res.end();
      },
    };
    adapter
      .process(shimReq, shimRes, (context) => bot.run(context))
      .catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
      });
  });
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('bare botbuilder listening'));
