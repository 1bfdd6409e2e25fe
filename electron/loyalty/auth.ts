// Authentication schemes of NOTES.md §1, turned into request headers; the secret never leaves the main process.
import { z } from 'zod';
import { secretForms } from '../security/redact';
import { isValidHeaderName } from '../../common/settings-rules';

export const authSchema = z.discriminatedUnion('scheme', [
  z.object({ scheme: z.literal('none') }),
  z.object({ scheme: z.literal('bearer'), token: z.string().min(1) }),
  z.object({ scheme: z.literal('basic'), login: z.string().min(1), password: z.string() }),
  z.object({
    scheme: z.literal('apiKey'),
    header: z.string().refine(isValidHeaderName),
    key: z.string().min(1),
  }),
]);

export type AuthConfig = z.infer<typeof authSchema>;

export function authHeaders(auth: AuthConfig): Record<string, string> {
  switch (auth.scheme) {
    case 'none':
      return {};
    case 'bearer':
      return { authorization: `Bearer ${auth.token}` };
    case 'basic':
      return { authorization: `Basic ${Buffer.from(`${auth.login}:${auth.password}`, 'utf8').toString('base64')}` };
    case 'apiKey':
      return { [auth.header]: auth.key };
  }
}

/** The forms this configuration's secret takes on the wire, so an answer that echoes one can be cleaned of it. */
export function authSecrets(auth: AuthConfig): string[] {
  switch (auth.scheme) {
    case 'none':
      return [];
    case 'bearer':
      return secretForms(auth.token, '');
    case 'basic':
      return auth.password === '' ? [] : secretForms(auth.password, auth.login);
    case 'apiKey':
      return secretForms(auth.key, '');
  }
}
