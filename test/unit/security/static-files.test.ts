// Serving the built renderer: every path stays inside its folder, and only known file types are served.
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveStaticFile } from '../../../electron/security/static-files';

const root = path.resolve('/srv/renderer');

describe('resolveStaticFile', () => {
  it('serves the entry page for the root and files below it', () => {
    expect(resolveStaticFile(root, '/')).toEqual({
      file: path.join(root, 'index.html'),
      mimeType: 'text/html; charset=utf-8',
    });
    expect(resolveStaticFile(root, '/assets/index-abc.js')?.file).toBe(path.join(root, 'assets/index-abc.js'));
  });

  it.each([
    '/../secret.html',
    '/assets/../../etc/passwd.js',
    '/%2e%2e/x.js',
    '/..%2fx.js',
    '/a%00.js',
    '/%E0%A4%A.js',
    '/app.exe',
    '/x.map',
  ])('refuses %j', (urlPath) => {
    expect(resolveStaticFile(root, urlPath)).toBeNull();
  });

  it('never resolves outside the root, whatever the path', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('..', '.', 'a', '%2e%2e', '%2f', 'index.html', 'b.js', ''), { maxLength: 8 }),
        (parts) => {
          const resolved = resolveStaticFile(root, `/${parts.join('/')}`);
          if (resolved) expect(resolved.file.startsWith(root + path.sep)).toBe(true);
        },
      ),
    );
  });
});
