/** Where the API lives and how to reach it; set once at start-up (mock or real), read by the client. */
export interface Transport {
  /** Absolute base URL, e.g. `https://prices.example.com/api` or `http://localhost:5173/api`. */
  baseUrl: string;
  fetch: (request: Request) => Promise<Response>;
  timeoutMs: number;
}

let transport: Transport = {
  baseUrl: '/api',
  fetch: (request) => fetch(request),
  timeoutMs: 15_000,
};

export function configureTransport(next: Partial<Transport>): void {
  transport = { ...transport, ...next };
}

export function currentTransport(): Transport {
  return transport;
}
