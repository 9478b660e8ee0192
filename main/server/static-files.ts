import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { sendError, sendHtml } from './respond';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export type Page = 'manager' | 'wallboard' | 'rep';

/** The built renderer (dist/renderer): HTML pages and hashed assets. */
export class StaticFiles {
  private readonly pages = new Map<Page, Buffer>();

  constructor(private readonly root: string) {}

  private page(name: Page): Buffer | undefined {
    const cached = this.pages.get(name);
    if (cached) return cached;
    const file = join(this.root, name, 'index.html');
    if (!existsSync(file)) return undefined;
    const html = readFileSync(file);
    this.pages.set(name, html);
    return html;
  }

  sendPage(res: ServerResponse, name: Page, status = 200, headers: Record<string, string> = {}): void {
    const html = this.page(name);
    if (!html) {
      // Still a page, with the page's own status when it is an error (an unknown link stays 404)
      // and its own headers (its framing policy): only the body is missing.
      const message = `The ${name} page is not built; run "npm run build" (npm start does it for you).`;
      sendHtml(res, status >= 400 ? status : 503, `<!doctype html><meta charset="utf-8"><title>Fanfare</title><p>${message}</p>`, headers);
      return;
    }
    sendHtml(res, status, html, headers);
  }

  /** Serves a file under the root (assets have content hashes, so they cache forever). */
  sendAsset(req: IncomingMessage, res: ServerResponse, path: string): void {
    const file = normalize(join(this.root, path));
    if (!file.startsWith(this.root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      sendError(res, { code: 'not_found', message: `No file ${path}.` });
      return;
    }
    const hashed = path.startsWith('/assets/');
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  }
}
