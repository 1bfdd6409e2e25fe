// Maps a request for the app's origin to a file of the built renderer, refusing anything outside it; the MIME types it serves.
import path from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** The file a URL path names under root, or null when it escapes root or is of a type the app never serves. */
export function resolveStaticFile(root: string, urlPath: string): { file: string; mimeType: string } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  if (!file.startsWith(path.resolve(root) + path.sep)) return null;
  const mimeType = MIME_TYPES[path.extname(file).toLowerCase()];
  return mimeType ? { file, mimeType } : null;
}
