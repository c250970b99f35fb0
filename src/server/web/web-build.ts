import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';

/** Written by the build last: without it the folder holds no complete build. */
const MANIFEST = 'manifest.json';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

// Built file names: hashed, from a small alphabet, never climbing out of the assets folder.
const ASSET_PATH = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

/**
 * The pages and assets `npm run build:web` wrote to `dir`. When the build is missing the server stays up
 * and answers 503 with the command that makes it, so a fresh checkout started without `npm start` (which
 * builds first) says what to do.
 */
export class WebBuild {
  constructor(private readonly dir: string) {}

  /** An HTML page (`ide.html`, `dashboard.html`): never cached, so a new build shows on the next load. */
  async sendPage(request: IncomingMessage, response: ServerResponse, page: string, contentSecurityPolicy: string): Promise<void> {
    if (!this.allows(request, response)) return;
    const file = join(this.dir, page);
    if (!this.built() || !existsSync(file)) return this.notBuilt(response, `dist/web/${page}`);
    response.setHeader('content-security-policy', contentSecurityPolicy);
    await this.send(request, response, file, 'no-cache');
  }

  /** A file under `assets/`: content-hashed names, so cached for a year. */
  async sendAsset(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    if (!this.allows(request, response)) return;
    if (!this.built()) return this.notBuilt(response, 'dist/web/assets');
    const file = join(this.dir, 'assets', path);
    if (!ASSET_PATH.test(path) || path.split('/').includes('..') || !existsSync(file) || !statSync(file).isFile()) {
      return sendText(response, 404, `no asset at /assets/${path}`);
    }
    await this.send(request, response, file, 'public, max-age=31536000, immutable');
  }

  private built(): boolean {
    return existsSync(join(this.dir, MANIFEST));
  }

  private allows(request: IncomingMessage, response: ServerResponse): boolean {
    if (request.method === 'GET' || request.method === 'HEAD') return true;
    response.setHeader('allow', 'GET, HEAD');
    sendText(response, 405, `${request.method} is not supported here; pages and assets are read with GET`);
    return false;
  }

  private notBuilt(response: ServerResponse, missing: string): void {
    sendText(response, 503, `The web pages are not built (${missing} is missing). Run \`npm run build:web\`, or start the server with \`npm start\`, which builds them first.`);
  }

  /** Sends a file, its gzip copy (written by the build) when the client accepts gzip. */
  private async send(request: IncomingMessage, response: ServerResponse, file: string, cacheControl: string): Promise<void> {
    const gzip = `${file}.gz`;
    const compressed = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) && existsSync(gzip);
    const path = compressed ? gzip : file;
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(path).size,
      'cache-control': cacheControl,
      'x-content-type-options': 'nosniff',
      vary: 'accept-encoding',
      ...(compressed ? { 'content-encoding': 'gzip' } : {}),
    });
    if (request.method === 'HEAD') return void response.end();
    await pipeline(createReadStream(path), response);
  }
}

function sendText(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  response.end(`${message}\n`);
}
