// The fuse wire reader on binaries made here: the decided wire passes, any other state, a short or long wire, no wire fails.
import { describe, expect, it } from 'vitest';
import { ELECTRON_FUSES, FUSE_WIRE } from '../../../build/fuses';
import { fuseWireProblems } from '../../../scripts/fuse-wire';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

function binaryWith(states: string, version = 1): Buffer {
  const wire = Buffer.concat([
    Buffer.from(SENTINEL, 'latin1'),
    Buffer.from([version, states.length]),
    Buffer.from(states, 'latin1'),
  ]);
  return Buffer.concat([Buffer.alloc(64, 7), wire, Buffer.alloc(64, 9)]);
}

const decided = FUSE_WIRE.map((name) => (ELECTRON_FUSES[name] ? '1' : '0')).join('');

describe('fuseWireProblems', () => {
  it('passes a binary fused exactly as decided', () => {
    expect(fuseWireProblems(binaryWith(decided))).toEqual([]);
  });

  it('names each fuse in another state: an unfused binary has runAsNode, NODE_OPTIONS and --inspect on', () => {
    const unfused = '101100011';
    expect(fuseWireProblems(binaryWith(unfused))).toEqual([
      'runAsNode: on, expected off',
      'enableCookieEncryption: off, expected on',
      'enableNodeOptionsEnvironmentVariable: on, expected off',
      'enableNodeCliInspectArguments: on, expected off',
      'enableEmbeddedAsarIntegrityValidation: off, expected on',
      'onlyLoadAppFromAsar: off, expected on',
      'grantFileProtocolExtraPrivileges: on, expected off',
    ]);
  });

  it('fails a wire with a fuse nobody decided, and one missing a decided fuse', () => {
    expect(fuseWireProblems(binaryWith(decided + '1'))).toEqual([
      `the wire has 10 fuses, 9 are decided: decide the new ones in fuses.ts`,
    ]);
    expect(fuseWireProblems(binaryWith(decided.slice(0, 8)))).toEqual(["wasmTrapHandlers: not on this binary's wire"]);
  });

  it('fails a removed fuse, another wire version, and a file with no wire', () => {
    expect(fuseWireProblems(binaryWith('r' + decided.slice(1)))).toEqual(['runAsNode: removed, expected off']);
    expect(fuseWireProblems(binaryWith(decided, 2))).toEqual(['fuse wire version 2; this check knows version 1']);
    expect(fuseWireProblems(Buffer.from('#!/bin/sh\n'))).toEqual([
      'no fuse wire in this file: it is not an Electron binary',
    ]);
  });
});
