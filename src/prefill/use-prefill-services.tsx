import type { RendererServices } from '@/renderer/renderer-context';
import { inputId } from '@/renderer/dom-ids';
import { usePrefillModel } from './prefill-provider';
import { ProvenanceNote } from './ui/provenance-note';
import type { PrefillModel } from './use-prefill';

/** Id of the provenance note of an answer, for the control's `aria-describedby`. */
export const prefillNoteId = (path: string): string => `${inputId(path)}-prefill`;

const hasNote = (model: PrefillModel, path: string): boolean => {
  if (model.relatedState(path) !== undefined) return true;
  const binding = model.binding(path);
  return binding !== undefined && (model.entries[path] !== undefined || model.sourceState(binding.source.id) === 'pending');
};

/**
 * What the renderer needs from prefill: which answers are locked (a locked binding whose source
 * answered; a failed source locks nothing) and the provenance note beside each bound field,
 * announced with the control through `noteId`.
 */
export function usePrefillServices(): RendererServices {
  const model = usePrefillModel();
  return {
    isLocked: (path) => model.entries[path]?.locked === true,
    noteId: (path) => (hasNote(model, path) ? prefillNoteId(path) : undefined),
    fieldNote: (field, path) => (hasNote(model, path) ? <ProvenanceNote field={field} path={path} id={prefillNoteId(path)} /> : null),
  };
}
