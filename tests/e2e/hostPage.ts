import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Someone else's web page, on another port of localhost (so another origin than the chart's),
 * serving whatever HTML a test puts at a path.
 */
export async function serveHostPages(): Promise<{
  url: string;
  pages: Map<string, string>;
  close: () => Promise<void>;
}> {
  const pages = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const html = pages.get(request.url ?? '/');
    if (html === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  // "localhost", not 127.0.0.1: a different host name as well as a different port.
  return {
    url: `http://localhost:${String(port)}`,
    pages,
    close: () =>
      new Promise((done) =>
        server.close(() => {
          done();
        }),
      ),
  };
}
