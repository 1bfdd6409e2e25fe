// The training simulator's public surface: import from here, not from its inner modules.

export { createSimulator, type Simulator, type SimulatorOptions } from './simulator';
export type { ProviderBehaviours, RecordShape } from './behaviours';
export { realScheduler, type Scheduler } from './scheduler';
export type { WriteOffFate } from './take-write-off';
export { createDemoData, DEMO } from './demo-data';
export { BULK, generateClients } from './generate-clients';
export type { Listening } from './http-server';
export type { AuthConfig, Coupon, Fault, HistoryEntry, RouteName, SimClient, SimData } from './types';
