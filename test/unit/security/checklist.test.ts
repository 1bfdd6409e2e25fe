// Checklist items that are configuration: the fuses, every window's web preferences, and the page's CSP meta tag.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ELECTRON_FUSES } from '../../../build/fuses';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../../electron/security/csp';

describe('ELECTRON_FUSES', () => {
  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['enableCookieEncryption', true],
    ['grantFileProtocolExtraPrivileges', false],
    ['wasmTrapHandlers', true],
  ] as const)('sets %s to %s', (fuse, value) => {
    expect(ELECTRON_FUSES[fuse]).toBe(value);
  });
});

function electronSources(): string[] {
  return readdirSync('electron', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('windows', () => {
  it('every window the main side creates declares its web preferences as SecureWebPreferences', () => {
    const creations = electronSources().flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      return [...source.matchAll(/new (BrowserWindow|BrowserView|WebContentsView)\(/g)].map(() => ({ file, source }));
    });
    expect(creations.length).toBeGreaterThan(0);
    for (const { file, source } of creations) {
      expect(source.match(/satisfies SecureWebPreferences/g)?.length, file).toBe(
        source.match(/new (BrowserWindow|BrowserView|WebContentsView)\(/g)?.length,
      );
    }
  });
});

describe('the page’s CSP meta tag', () => {
  it('is the protocol header’s policy, less frame-ancestors (which a meta tag cannot carry)', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(META_CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });
});
