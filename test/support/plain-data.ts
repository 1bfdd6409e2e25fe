// What may cross the bridge: strings, finite numbers, booleans, null, undefined, arrays and plain objects, nothing else.

/** Throws, naming where, when a value holds anything IPC and the context bridge would not copy as it is. */
export function assertPlainData(value: unknown, where: string): void {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`${where} is not a finite number`);
    return;
  }
  if (typeof value !== 'object') throw new TypeError(`${where} is a ${typeof value}, which cannot cross the bridge`);
  if (Array.isArray(value)) {
    value.forEach((item, index) => assertPlainData(item, `${where}[${index}]`));
    return;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) throw new TypeError(`${where} is not a plain object`);
  for (const [key, item] of Object.entries(value)) assertPlainData(item, `${where}.${key}`);
}
