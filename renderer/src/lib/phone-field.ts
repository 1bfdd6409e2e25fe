// The phone field's mask, attached with maska: it regroups what is typed or pasted (see phoneMask) and never blocks a digit.
import { MaskInput } from 'maska';
import type { Attachment } from 'svelte/attachments';
import { phoneMask } from './phone-format';

export const phoneFieldMask: Attachment<HTMLInputElement> = (input) => {
  const mask = new MaskInput(input, { mask: phoneMask });
  return () => mask.destroy();
};
