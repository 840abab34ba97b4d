import { stringAnswer } from '../shared/string-answer';
import type { TextareaConfig } from './textarea.config';

/** Several lines of free text: line breaks allowed, other control characters and emoji not. */
export const textareaAnswerSchema = (config: TextareaConfig) =>
  stringAnswer({ required: config.required, maxLength: config.maxLength, multiline: true });

/** Line breaks as `\n`, no trailing spaces on lines, no blank lines around the text. */
export const formatTextareaAnswer = (answer: string | undefined): string =>
  (answer ?? '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .trim();
