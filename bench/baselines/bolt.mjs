// Baseline: bare Bolt over HTTP that acknowledges every slash command with an empty body and does
// nothing else — the cheapest a Bolt app can answer Slack — and answers a DM with one short reply
// (the cheapest bot that answers a message: goal 4's one-message baseline). Plain JavaScript, so `node` runs it
// without a compiler, exactly like `npm start` runs the compiled server.
import bolt from '@slack/bolt';

const app = new bolt.App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  logLevel: bolt.LogLevel.ERROR,
});
app.command(/.*/, async ({ ack }) => {
  await ack();
});
app.event('message', async ({ event, client }) => {
  if (event.channel_type === 'im') await client.chat.postMessage({ channel: event.channel, text: 'ok' });
});
await app.start(Number(process.env.PORT));
console.log('bare Bolt listening');
