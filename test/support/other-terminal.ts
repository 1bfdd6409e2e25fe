// A write-off posted straight to the simulator, as another terminal (or a POST that arrived before a crash) would leave it.
import type { Simulator } from '../../electron/training/simulator';

export async function otherTerminalWritesOff(simulator: Simulator, clientId: number, body: object): Promise<void> {
  const response = await simulator.fetch(`http://other.invalid/ext/api/v1/clients/${clientId}/balance/write_off/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`the other terminal's write-off failed: ${response.status}`);
}
