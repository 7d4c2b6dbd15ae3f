import { http } from 'msw';
import { server } from '../../mocks/node';

/**
 * Holds the API's answers on a path until the returned function is called; the bundled handler
 * answers then (a resolver that returns nothing hands the request on).
 */
export function holdAnswers(path: string): () => void {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.get(path, async () => {
      await held;
    }),
  );
  return release;
}
