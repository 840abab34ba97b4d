import type { FieldSlot } from '../../state/field-tree';

/** What is being dragged or dropped on, carried in dnd-kit's `data` so drop handling stays pure. */
export type DragData =
  | { kind: 'palette'; fieldType: string }
  | { kind: 'field'; fieldId: string; slot: FieldSlot }
  | { kind: 'list'; pageId: string; parentId: string | undefined; length: number };

export const paletteDragId = (fieldType: string) => `palette:${fieldType}`;
export const fieldDragId = (fieldId: string) => `field:${fieldId}`;
export const listDropId = (pageId: string, parentId: string | undefined) => `list:${pageId}:${parentId ?? ''}`;

const isDragData = (value: unknown): value is DragData =>
  typeof value === 'object' && value !== null && ['palette', 'field', 'list'].includes((value as { kind?: unknown }).kind as string);

export const readDragData = (value: unknown): DragData | undefined => (isDragData(value) ? value : undefined);

/**
 * Where a drop lands: on a field, at its place (the list's sortable order, which is also what
 * `moveField` means by index); on a list's empty area, at its end.
 */
export function dropSlot(over: DragData): FieldSlot | undefined {
  if (over.kind === 'field') return over.slot;
  if (over.kind === 'list') return { pageId: over.pageId, parentId: over.parentId, index: over.length };
  return undefined;
}
