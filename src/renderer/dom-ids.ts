/** DOM ids derived from an answer path; the error summary links to `#${inputId(path)}`. */
export const inputId = (path: string): string => `f-${path.replace(/\./g, '-')}`;
export const hintId = (path: string): string => `${inputId(path)}-hint`;
export const errorId = (path: string): string => `${inputId(path)}-error`;
