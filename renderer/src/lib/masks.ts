// Input masks, attached with maska: they regroup what is typed or pasted and never block a digit that belongs.
import { MaskInput } from 'maska';
import type { Attachment } from 'svelte/attachments';
import { phoneMask } from './phone-format';

function masked(mask: ConstructorParameters<typeof MaskInput>[1]): Attachment<HTMLInputElement> {
  return (input) => {
    const instance = new MaskInput(input, mask);
    return () => instance.destroy();
  };
}

/** The phone field: see phoneMask for how it chooses a grouping. */
export const phoneFieldMask = masked({ mask: phoneMask });
