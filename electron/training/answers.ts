// The requests the simulator handles and the answers it builds, independent of the transport (socket or in-process fetch).

import { toWireJson, type AmountStyle } from './wire-json';

/** A request as a transport hands it over, its body already read. */
export interface SimRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
}

export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const JSON_TYPE = 'application/json; charset=utf-8';

export function jsonAnswer(
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
  style: AmountStyle = 'exact',
): HttpAnswer {
  return { status, headers: { 'content-type': JSON_TYPE, ...headers }, body: toWireJson(value, style) };
}

/** An error answer in the shape NOTES.md §2 reads: `{"message": "..."}`. */
export function messageAnswer(status: number, message: string, headers: Record<string, string> = {}): HttpAnswer {
  return jsonAnswer(status, { message }, headers);
}

/** A 200 carrying exactly `body` (which may well not be JSON) under a JSON content type. */
export function rawJsonAnswer(status: number, body: string): HttpAnswer {
  return { status, headers: { 'content-type': JSON_TYPE }, body };
}

/** The bytes a cut-off answer gets across: the first half of its body. */
export function firstHalf(body: string): Uint8Array {
  const bytes = new TextEncoder().encode(body);
  return bytes.subarray(0, Math.floor(bytes.length / 2));
}

/** The Content-Length a truncated answer promises: its whole body, at least one byte so an empty body comes up short too. */
export function promisedLength(body: string): number {
  return Math.max(new TextEncoder().encode(body).length, 1);
}
