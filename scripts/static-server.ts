/**
 * A minimal static file server for a build folder, on 127.0.0.1 and a random port, for the
 * browser tests and the benchmark. Serves directory indexes, the 404 page, and the content
 * types a static host should send (src/lib/content-types.ts).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentTypes } from '../src/lib/content-types.ts';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Folder the site is served under, e.g. `/study/`. */
  base?: string;
  /** Send every file gzipped and cacheable, as the README's server set-ups do (Lighthouse counts transfer sizes). */
  gzip?: boolean;
  /** More builds on the same origin, each under its own folder (two groups' copies on one host). */
  also?: { root: string; base: string }[];
}

/** Serves `root` under `base`, as a host serving a copied dist/ would. */
export async function serveStatic(root: string, { base = '/', gzip = false, also = [] }: ServeOptions = {}): Promise<RunningServer> {
  // The most specific folder first, so /b/ is not served from the copy at /.
  const sites = [{ root, base }, ...also].sort((a, b) => b.base.length - a.base.length);
  const send = (response: ServerResponse, status: number, file: string) => {
    const type = contentTypes[extname(file)] ?? 'application/octet-stream';
    if (!gzip) {
      response.writeHead(status, { 'Content-Type': type });
      createReadStream(file).pipe(response);
      return;
    }
    response.writeHead(status, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Cache-Control': 'max-age=3600' }).end(gzipSync(readFileSync(file)));
  };
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const site = sites.find((candidate) => path.startsWith(candidate.base));
    if (!site) {
      response.writeHead(404).end('not under base');
      return;
    }
    const root = site.root;
    let file = normalize(join(root, path.slice(site.base.length)));
    if (!file.startsWith(normalize(root))) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (existsSync(file)) send(response, 200, file);
    else send(response, 404, join(root, '404.html'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
