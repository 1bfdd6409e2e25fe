// Focus where the cashier's next keystroke belongs: an attachment that focuses its element when it appears.
import type { Attachment } from 'svelte/attachments';

export const focusOnMount: Attachment<HTMLElement> = (element) => {
  element.focus();
};
