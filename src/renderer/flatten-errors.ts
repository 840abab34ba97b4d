import type { FieldErrors } from 'react-hook-form';

/** Flattens react-hook-form's nested errors into `{ path, message }`, in the order given by `order`. */
export function flattenErrors(errors: FieldErrors, order: readonly string[]): { path: string; message: string }[] {
  const found: { path: string; message: string }[] = [];
  const visit = (node: unknown, path: string[]) => {
    if (node === null || typeof node !== 'object') return;
    const { message } = node as { message?: unknown };
    if (typeof message === 'string' && message !== '') {
      const rootless = path[path.length - 1] === 'root' ? path.slice(0, -1) : path;
      found.push({ path: rootless.join('.'), message });
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'message' && key !== 'type' && key !== 'ref' && key !== 'types') visit(child, [...path, key]);
    }
  };
  visit(errors, []);
  const positions = new Map(order.map((id, index) => [id, index]));
  const position = (path: string) => positions.get(path.split('.')[0] ?? path) ?? order.length;
  return found.sort((a, b) => position(a.path) - position(b.path));
}
