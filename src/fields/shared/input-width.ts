import { z } from '@/lib/zod';

/** Input widths as a hint of the expected answer length (GOV.UK "fixed width inputs"). */
export const inputWidthSchema = z._default(z.enum(['full', '30', '20', '10', '5', '4', '2']), 'full');
export type InputWidth = z.infer<typeof inputWidthSchema>;
export const inputWidthClass = (width: InputWidth | undefined): string =>
  width && width !== 'full' ? `input input--w${width}` : 'input';
