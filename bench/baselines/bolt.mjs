// Baseline: bare Bolt over HTTP that acknowledges every slash command with an empty body and does
// nothing else — the cheapest a Bolt app can answer Slack. Plain JavaScript, so `node` runs it
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
app.event('message', async () => {});
await app.start(Number(process.env.PORT));
console.log('bare Bolt listening');
