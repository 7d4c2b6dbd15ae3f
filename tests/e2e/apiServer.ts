import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { handlers } from '../../mocks/handlers';

/**
 * A real HTTP server for the API contract v1, answering from the same handlers as the mock: the
 * stand-in for a price API at another origin, with the CORS header such a server sends.
 */
export async function serveApi(): Promise<{
  baseUrl: string;
  requests: string[];
  close: () => Promise<void>;
}> {
  const requests: string[] = [];
  const server = createServer((incoming, outgoing) => {
    void (async () => {
      const url = `http://${incoming.headers.host ?? '127.0.0.1'}${incoming.url ?? '/'}`;
      requests.push(`${incoming.method ?? 'GET'} ${incoming.url ?? ''}`);
      const response = await getResponse(handlers, new Request(url, { method: incoming.method }));
      const headers: Record<string, string> = { 'Access-Control-Allow-Origin': '*' };
      if (!response) {
        outgoing.writeHead(404, headers).end();
        return;
      }
      response.headers.forEach((value, name) => {
        headers[name] = value;
      });
      outgoing.writeHead(response.status, headers).end(Buffer.from(await response.arrayBuffer()));
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/api`,
    requests,
    close: () =>
      new Promise((done) =>
        server.close(() => {
          done();
        }),
      ),
  };
}
