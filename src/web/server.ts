// A plain node:http server for one handler (the source pages without Slack, and in tests). A handler that
// throws gets the client a 500, and the server keeps serving.
import { createServer, type Server } from 'node:http';
import type { WebHandler } from './routes.js';
import { plain } from './response.js';

export function serve(handler: WebHandler, port = 0, host = '127.0.0.1'): Promise<Server> {
  const server = createServer((req, res) => {
    try {
      handler(req, res);
    } catch {
      if (!res.headersSent) plain(res, 500, 'Internal error');
      else res.destroy();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
