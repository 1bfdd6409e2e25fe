// Every contract call of the real main side: a foreign sender frame is refused, and 10,000 random payloads never crash it.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_NAMES, type CallName } from '../../../common/contract';
import { contract } from '../../../electron/ipc/contract';
import { isAppUrl } from '../../../electron/security/app-origin';
import { createSimulator } from '../../../electron/training/simulator';
import { createMainSide, type MainSide } from '../../support/main-side';

const APP = { url: 'app://loyalty-desk/index.html' };
const FOREIGN_FRAMES = [
  'https://evil.example/',
  'http://127.0.0.1:5173/index.html',
  'file:///C:/Users/kassa/Downloads/evil.html',
  'data:text/html,<script>window.pos</script>',
  'javascript:window.pos.getSettings()',
  'about:blank',
  'app://evil/index.html',
  'app://loyalty-desk.evil.example/index.html',
  'app://user:pass@loyalty-desk/index.html',
  'devtools://devtools/bundled/inspector.html',
  // A frame that navigated away or was destroyed reaches the handler with no URL.
  '',
];
const FUZZ_RUNS = 10_000;

/** Random payloads: anything at all, and objects with the call's own keys holding random values (which get past a shallow check). */
function payloads(name: CallName): fc.Arbitrary<unknown> {
  const anything = fc.anything({
    maxDepth: 3,
    maxKeys: 6,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withNullPrototype: true,
  });
  const schema = contract[name] as { shape?: Record<string, unknown> };
  if (!schema.shape) return anything;
  const keys = Object.keys(schema.shape);
  const shaped = fc.record(
    Object.fromEntries(keys.map((key) => [key, fc.oneof(anything, fc.string(), fc.integer(), fc.boolean())])),
    { requiredKeys: [] },
  );
  return fc.oneof(anything, shaped);
}

describe('every call of the main side', () => {
  const simulator = createSimulator();
  let side: MainSide;

  beforeAll(async () => {
    side = await createMainSide({
      simulator,
      connection: { mode: 'training', baseUrl: '', timeoutMs: 5_000 },
      isTrustedCaller: isAppUrl,
    });
  });
  afterAll(() => side.close());

  it.each(CALL_NAMES)('%s refuses every foreign sender frame, whatever the argument', async (name) => {
    for (const url of FOREIGN_FRAMES) {
      for (const argument of [undefined, {}, { pin: '1234' }]) {
        expect(await side.handlers[name]({ url }, argument)).toEqual({
          ok: false,
          error: { code: 'forbidden', message: expect.any(String) },
        });
      }
    }
  });

  it.each(CALL_NAMES)(
    '%s answers 10,000 random payloads with a result: invalid-input whenever its schema refuses the payload, never an internal failure',
    async (name) => {
      const schema = contract[name];
      await fc.assert(
        fc.asyncProperty(payloads(name), async (payload) => {
          const result = await side.handlers[name](APP, payload);
          expect(typeof result.ok).toBe('boolean');
          if (!schema.safeParse(payload).success)
            expect(result).toEqual({ ok: false, error: { code: 'invalid-input', message: expect.any(String) } });
          else if (!result.ok) expect(result.error.code).not.toBe('internal');
        }),
        { numRuns: FUZZ_RUNS },
      );
    },
    120_000,
  );
});
