// GET /healthz for load balancers and uptime checks, on the same port as the Slack endpoints.
import type { CustomRoute } from '@slack/bolt';

export const healthzRoute: CustomRoute = {
  path: '/healthz',
  method: ['GET'],
  handler: (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ ok: true }));
  },
};
