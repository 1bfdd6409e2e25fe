// A plain copy of what the window hands the main side: runes are only available in *.svelte.ts modules.

/** `$state` objects and arrays are Proxies, which Electron's context bridge refuses; their snapshot is plain data. */
export function plainCopy(value: unknown): unknown {
  return $state.snapshot(value);
}
