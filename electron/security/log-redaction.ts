// The electron-log hook that redacts every log message's data before any transport writes it.
import { redactDeep } from './redact';

/** Returns a hook for electron-log's `log.hooks`: the same message with its data redacted (never dropped). */
export function createLogRedactionHook(redact: (text: string) => string) {
  return <Message extends { data: unknown[] }>(message: Message): Message => ({ ...message, data: message.data.map((item) => redactDeep(item, redact)) });
}
