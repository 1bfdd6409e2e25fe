// window.pos copies like Electron's context bridge: a Proxy (every Svelte $state), a function or a class instance throws
// in the page, synchronously; plain data crosses. The app's own calls must therefore hand over plain data only.
import { expect, test } from './fixtures';

type Kind = 'plain' | 'proxy' | 'function' | 'class instance';

test('a proxied, functional or class-instance argument throws in the page, as in Electron; plain data crosses', async ({
  app,
}) => {
  await expect(app.getByRole('textbox').first()).toBeVisible();
  const handOver = (kind: Kind) =>
    app.evaluate((which: Kind) => {
      const search = { by: 'phone', query: '4567' };
      const argument = {
        plain: search,
        // What `$state({ … })` makes: a Proxy over the object.
        proxy: new Proxy(search, {}),
        function: { ...search, then: () => 1 },
        'class instance': new (class Search {
          by = 'phone';
          query = '4567';
        })(),
      }[which];
      const pos = (window as unknown as { pos: { searchClients: (a: unknown) => Promise<{ ok: boolean }> } }).pos;
      try {
        return pos.searchClients(argument).then((result) => `answered ok=${String(result.ok)}`);
      } catch (error) {
        return `threw ${(error as Error).name}`;
      }
    }, kind);
  expect(await handOver('plain')).toBe('answered ok=true');
  expect(await handOver('proxy')).toBe('threw DataCloneError');
  expect(await handOver('function')).toBe('threw DataCloneError');
  expect(await handOver('class instance')).toBe('threw DataCloneError');
});
