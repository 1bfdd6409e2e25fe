// Training mode's loyalty server in the app: the demo data answered in-process. Only this half of the simulator is
// imported by the main process, so the loopback HTTP server the tests use stays out of the main bundle.
import { createInProcessFetch, type FetchFunction } from './in-process-fetch';
import { createSimContext } from './sim-context';

export function createTrainingFetch(): FetchFunction {
  return createInProcessFetch(createSimContext());
}
