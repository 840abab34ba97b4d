import { klmSeconds, type KlmOperator } from './operators';

/** A predicted time and the operator sequence it came from (so the builder can explain it). */
export interface KlmEstimate {
  operators: readonly KlmOperator[];
  seconds: number;
}

/** Expands `klm('M', 'P', ['K', 12])` into an operator list and its total time. */
export function klm(...steps: (KlmOperator | readonly [KlmOperator, number])[]): KlmEstimate {
  const operators: KlmOperator[] = [];
  for (const step of steps) {
    if (typeof step === 'string') operators.push(step);
    else for (let i = 0; i < step[1]; i++) operators.push(step[0]);
  }
  const seconds = operators.reduce((sum, op) => sum + klmSeconds[op], 0);
  return { operators, seconds: Math.round(seconds * 100) / 100 };
}

/** Sum of several estimates (a page, a form). */
export const sumKlm = (estimates: readonly KlmEstimate[]): KlmEstimate => ({
  operators: estimates.flatMap((e) => e.operators),
  seconds: Math.round(estimates.reduce((sum, e) => sum + e.seconds, 0) * 100) / 100,
});

/** Reviewing a value that is already filled in: read it (M) and move on (P B). */
export const reviewPrefilled = (): KlmEstimate => klm('M', 'P', 'B');
