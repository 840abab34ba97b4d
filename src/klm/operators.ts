/**
 * Keystroke-Level Model operator times in seconds (Card, Moran & Newell, 1980), with the
 * average-typist K. On a phone "P" is a tap, which KLM variants price close to a mouse point.
 */
export const klmSeconds = {
  /** Keystroke, average non-secretary typist. */
  K: 0.28,
  /** Point at a target (mouse) or tap. */
  P: 1.1,
  /** Button press or release. */
  B: 0.1,
  /** Home hands between keyboard and pointer. */
  H: 0.4,
  /** Mental preparation. */
  M: 1.35,
} as const;
export type KlmOperator = keyof typeof klmSeconds;
