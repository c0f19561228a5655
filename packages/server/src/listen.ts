/** Serves a {@link CandorServer} over HTTP with `@hono/node-server`. */

import type { CatalogItem } from "@candor/core/recommend";
import { serve } from "@hono/node-server";
import type { CandorServer } from "./server.ts";

/** A listening server. */
export interface Listening {
  /** The port bound (useful with port 0). */
  readonly port: number;
  readonly url: string;
  /** Stops accepting connections, waits for open ones, then closes the Candor server. */
  close(): Promise<void>;
}

/** Listens on `host:port` (default 127.0.0.1:8787; port 0 picks a free one). */
export function listen<T extends CatalogItem>(
  server: CandorServer<T>,
  options: { readonly port?: number; readonly host?: string } = {},
): Promise<Listening> {
  const host = options.host ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    const http = serve({ fetch: server.app.fetch, port: options.port ?? 8787, hostname: host }, (info) => {
      resolve({
        port: info.port,
        url: `http://${host.includes(":") ? `[${host}]` : host}:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            http.close(() => done());
            (http as { closeAllConnections?: () => void }).closeAllConnections?.();
          }).then(() => server.close()),
      });
    });
    http.once("error", reject);
  });
}
