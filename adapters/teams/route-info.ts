// What the server needs to know about the Teams adapter before (or without) importing botbuilder.
export const TEAMS_ROUTE = '/api/messages';

export const LOCAL_MODE_DESCRIBE = `Teams: POST ${TEAMS_ROUTE} in local mode (no MicrosoftAppId; replies only to loopback serviceUrls, e.g. the Bot Framework Emulator)`;
