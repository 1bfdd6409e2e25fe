// Which loyalty API a read-only suite talks to: the simulator by default, or any server named by LOYALTY_API_* variables.
import type { AuthConfig } from '../../electron/loyalty/auth';
import { authSchema } from '../../electron/loyalty/auth';
import { DEMO } from '../../electron/training/demo-data';
import { createSimulator } from '../../electron/training/simulator';

export interface ApiTarget {
  baseUrl: string;
  auth: AuthConfig;
  /** A phone known to belong to exactly one client on the target. */
  phone: string;
  /** A name known to be that client's, when the target is the simulator. */
  expectedName: string | null;
  external: boolean;
  close(): Promise<void>;
}

/**
 * LOYALTY_API_URL names an external server; LOYALTY_API_AUTH is none|bearer|basic|apiKey with LOYALTY_API_TOKEN,
 * LOYALTY_API_LOGIN + LOYALTY_API_PASSWORD, or LOYALTY_API_KEY_HEADER + LOYALTY_API_KEY; LOYALTY_API_PHONE is a
 * phone of one client there. Without LOYALTY_API_URL, a fresh simulator on a loopback port is the target.
 */
export async function apiTarget(env: NodeJS.ProcessEnv = process.env): Promise<ApiTarget> {
  if (env.LOYALTY_API_URL) {
    return {
      baseUrl: env.LOYALTY_API_URL,
      auth: authSchema.parse({
        scheme: env.LOYALTY_API_AUTH ?? 'none',
        token: env.LOYALTY_API_TOKEN,
        login: env.LOYALTY_API_LOGIN,
        password: env.LOYALTY_API_PASSWORD,
        header: env.LOYALTY_API_KEY_HEADER,
        key: env.LOYALTY_API_KEY,
      }),
      phone: env.LOYALTY_API_PHONE ?? '',
      expectedName: null,
      external: true,
      close: async () => undefined,
    };
  }
  const server = await createSimulator().listen();
  return {
    baseUrl: server.url,
    auth: { scheme: 'none' },
    phone: DEMO.single.phone,
    expectedName: DEMO.single.name,
    external: false,
    close: server.close,
  };
}
