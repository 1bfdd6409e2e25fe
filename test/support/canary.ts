// The canary secret: a known value the leak tests store in the vault and then look for everywhere it must never appear.
export const CANARY_SECRET = 'canary-3f9d1c7a-never-in-the-window';
