// A store's network: a loopback HTTPS server signed by a certificate authority this test makes, and a loopback CONNECT
// proxy. The client trusts the authority only when told (settings, provisioning or the OS store), names a certificate
// problem as such, and goes through the proxy the settings or the environment give.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import Conf from 'conf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyWriteOffFailure } from '../../../electron/checkout/classify';
import { createLoyaltyClient } from '../../../electron/loyalty/client';
import { loyaltyClientProvider } from '../../../electron/loyalty/connect';
import { LoyaltyError } from '../../../electron/loyalty/errors';
import {
  NO_NETWORK_SETTINGS,
  operatingSystemCertificates,
  proxyChoice,
  proxyFromResolution,
  type NetworkContext,
  type NetworkSettings,
} from '../../../electron/loyalty/network';
import { testConnection } from '../../../electron/settings/connection-test';
import { STORE_SCHEMA } from '../../../electron/settings/settings-store';
import { setupSettings } from '../../../electron/settings/setup';
import { createSimulator } from '../../../electron/training/simulator';
import { DEMO } from '../../../electron/training/demo-data';
import { createTestEncryptor } from '../../support/test-encryptor';
import {
  makeAuthority,
  serveHttps,
  startConnectProxy,
  type Authority,
  type ConnectProxy,
  type Listening,
} from '../../support/tls-loopback';

const SECRET = 'network-secret-91d2';
const auth = { scheme: 'bearer', token: SECRET } as const;
/** No proxy in the environment and nothing in the OS store, whatever the machine running the tests has. */
const bareMachine: NetworkContext = { env: {}, systemCertificates: () => [], systemProxy: () => '' };

describe('the loyalty client on a store network', () => {
  const simulator = createSimulator({ auth });
  let authority: Authority;
  let server: Listening;
  let proxy: ConnectProxy;
  let host: string;

  beforeAll(async () => {
    authority = makeAuthority();
    server = await serveHttps(authority.server, simulator.fetch);
    proxy = await startConnectProxy();
    host = new URL(server.url).host;
  });
  afterAll(async () => {
    await server.close();
    await proxy.close();
  });

  const probe = (network: NetworkSettings, networkContext = bareMachine) =>
    testConnection({ baseUrl: server.url, auth, timeoutMs: 5_000, network, networkContext });

  it('says plainly that the certificate is not trusted when the store authority is unknown', async () => {
    expect(await probe(NO_NETWORK_SETTINGS)).toMatchObject({ outcome: 'untrusted-certificate' });
    const client = createLoyaltyClient({ baseUrl: server.url, auth, timeoutMs: 5_000, networkContext: bareMachine });
    const failure = await client.searchClients({ phone: '79120000000' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LoyaltyError);
    expect(failure).toMatchObject({
      kind: 'certificate',
      message: expect.stringMatching(/certificate is not trusted/),
    });
    expect((failure as Error).message).not.toContain(server.url);
  });

  it('trusts the authority a manager added in the settings, beside the public ones', async () => {
    expect(await probe({ ...NO_NETWORK_SETTINGS, caCertificates: authority.caPem })).toMatchObject({
      outcome: 'works',
    });
  });

  it("trusts the operating system's certificate store", async () => {
    expect(
      await probe(NO_NETWORK_SETTINGS, { ...bareMachine, systemCertificates: () => [authority.caPem] }),
    ).toMatchObject({ outcome: 'works' });
  });

  it('goes through the proxy a manager set, and names a certificate problem behind it too', async () => {
    const before = proxy.tunnels.length;
    expect(await probe({ proxyUrl: proxy.url, caCertificates: authority.caPem })).toMatchObject({ outcome: 'works' });
    expect(proxy.tunnels.slice(before)).toEqual([host]);
    // Not retried either: a certificate does not become trusted a moment later.
    expect(await probe({ proxyUrl: proxy.url, caCertificates: '' })).toMatchObject({
      outcome: 'untrusted-certificate',
    });
    expect(proxy.tunnels.length).toBe(before + 2);
  });

  it('goes through the HTTPS_PROXY of the environment, but not for a host on NO_PROXY', async () => {
    const trusted = { ...NO_NETWORK_SETTINGS, caCertificates: authority.caPem };
    const before = proxy.tunnels.length;
    expect(await probe(trusted, { ...bareMachine, env: { HTTPS_PROXY: proxy.url } })).toMatchObject({
      outcome: 'works',
    });
    expect(proxy.tunnels.slice(before)).toEqual([host]);
    expect(
      await probe(trusted, { ...bareMachine, env: { https_proxy: proxy.url, no_proxy: '127.0.0.1' } }),
    ).toMatchObject({ outcome: 'works' });
    expect(proxy.tunnels.length).toBe(before + 1);
  });

  it("goes through the proxy the operating system's settings name, when neither the manager nor the environment gave one", async () => {
    const trusted = { ...NO_NETWORK_SETTINGS, caCertificates: authority.caPem };
    const before = proxy.tunnels.length;
    expect(await probe(trusted, { ...bareMachine, systemProxy: () => proxy.url })).toMatchObject({ outcome: 'works' });
    expect(proxy.tunnels.slice(before)).toEqual([host]);
  });

  it('sends a write-off through the proxy on a connection of its own, once', async () => {
    const client = createLoyaltyClient({
      baseUrl: server.url,
      auth,
      timeoutMs: 5_000,
      network: { proxyUrl: proxy.url, caCertificates: authority.caPem },
      networkContext: bareMachine,
    });
    const posts = simulator.writeOffPosts;
    const before = proxy.tunnels.length;
    await client.writeOff({ clientId: DEMO.single.id, balance: [{ currency: 'points', amount: 100 }], coupons: [] });
    expect(simulator.writeOffPosts).toBe(posts + 1);
    expect(simulator.balance(DEMO.single.id).points).toBe(DEMO.single.points - 100);
    expect(proxy.tunnels.slice(before)).toEqual([host]);
  });

  it('takes the proxy and the authority from a provisioning file, through the settings, to every call', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'network-provision-'));
    try {
      const provisionFile = path.join(dir, 'provision.json');
      const network = { proxyUrl: proxy.url, caCertificates: authority.caPem };
      await writeFile(
        provisionFile,
        JSON.stringify({
          settings: { mode: 'live', baseUrl: server.url, scheme: 'bearer', ...network },
          secret: SECRET,
          managerPin: '4821',
        }),
      );
      const store = new Conf({ cwd: dir, configName: 'settings', schema: STORE_SCHEMA });
      const { settings } = await setupSettings({
        store,
        vaultFile: path.join(dir, 'credentials.json'),
        encryptor: createTestEncryptor(),
        provisionFile,
      });
      expect(settings.connectionState().network).toEqual({ ...network, caCertificates: authority.caPem.trim() });
      const before = proxy.tunnels.length;
      const found = await loyaltyClientProvider(() => settings.connectionState(), simulator.fetch)().searchClients({
        phone: DEMO.single.phone,
      });
      expect(found.map((client) => client.id)).toEqual([DEMO.single.id]);
      expect(proxy.tunnels.slice(before)).toEqual([host]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a certificate failure of a write-off', () => {
  it('was never sent: the handshake fails before the request is written', () => {
    expect(classifyWriteOffFailure(new LoyaltyError('certificate', 'not trusted'))).toMatchObject({ kind: 'not-sent' });
  });
});

describe('proxyChoice', () => {
  it("prefers the manager's proxy for both schemes, keeping the environment's NO_PROXY", () => {
    expect(
      proxyChoice(
        { proxyUrl: 'http://proxy.store.invalid:3128', caCertificates: '' },
        { HTTPS_PROXY: 'http://other.invalid:8080', NO_PROXY: 'localhost' },
      ),
    ).toEqual({
      httpProxy: 'http://proxy.store.invalid:3128',
      httpsProxy: 'http://proxy.store.invalid:3128',
      noProxy: 'localhost',
    });
  });

  it('reads the environment in either case, HTTP_PROXY serving https too, and nothing when it is empty', () => {
    expect(proxyChoice(NO_NETWORK_SETTINGS, { http_proxy: 'http://p.invalid:1' })).toEqual({
      httpProxy: 'http://p.invalid:1',
      httpsProxy: 'http://p.invalid:1',
      noProxy: '',
    });
    expect(proxyChoice(NO_NETWORK_SETTINGS, {})).toEqual({ httpProxy: '', httpsProxy: '', noProxy: '' });
  });
});

describe('proxyFromResolution', () => {
  it.each([
    ['PROXY proxy.store.invalid:3128', 'http://proxy.store.invalid:3128'],
    ['HTTPS proxy.store.invalid:443; DIRECT', 'https://proxy.store.invalid:443'],
    ['SOCKS5 socks.invalid:1080; PROXY proxy.store.invalid:8080', 'http://proxy.store.invalid:8080'],
    // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- a proxy on an IPv6 address, addressed over http as proxies are
    ['PROXY [fd00::1]:3128', 'http://[fd00::1]:3128'],
    ['DIRECT', ''],
    ['DIRECT; PROXY proxy.store.invalid:3128', ''],
    ['PROXY user:pw@evil.invalid:1/x', ''],
    ['', ''],
  ])('reads %j as %j', (resolution, expected) => {
    expect(proxyFromResolution(resolution)).toBe(expected);
  });

  it('comes last: the manager and the environment win over the OS settings', () => {
    expect(proxyChoice(NO_NETWORK_SETTINGS, {}, 'http://os.invalid:8080')).toMatchObject({
      httpsProxy: 'http://os.invalid:8080',
    });
    expect(
      proxyChoice(NO_NETWORK_SETTINGS, { HTTPS_PROXY: 'http://env.invalid:1' }, 'http://os.invalid:8080'),
    ).toMatchObject({ httpsProxy: 'http://env.invalid:1' });
  });
});

describe('operatingSystemCertificates', () => {
  it('is the OS store where Node can read it (22.15+, 23.10+: Electron 45), and empty where it cannot (older Node)', () => {
    const read = (tls as { getCACertificates?: (type: 'system') => string[] }).getCACertificates;
    expect(operatingSystemCertificates()).toEqual(read ? read('system') : []);
  });
});
