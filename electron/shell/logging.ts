// Shell: electron-log with every message redacted (known secrets and credential shapes) before it reaches a file or the console.
import log from 'electron-log/main';
import { createLogRedactionHook } from '../security/log-redaction';
import { createLogRedactor } from '../security/redact';

export function setupLogging(knownSecrets: () => readonly string[]): typeof log {
  log.hooks.push(createLogRedactionHook(createLogRedactor(knownSecrets)));
  return log;
}
