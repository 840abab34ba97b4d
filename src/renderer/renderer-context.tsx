import { createContext, useContext, type ReactNode } from 'react';
import type { BaseFieldConfig } from '@/schema/base-field';

/**
 * What the app tells the renderer about individual fields without the renderer knowing why:
 * which answers are locked (pre-filled from a register) and what to show beside a field
 * (its provenance). Defaults: nothing locked, nothing shown.
 */
export interface RendererServices {
  isLocked(path: string): boolean;
  fieldNote?(field: BaseFieldConfig, path: string): ReactNode;
  /** Id of the element `fieldNote` renders, so the control is described by it (read with it). */
  noteId?(path: string): string | undefined;
}

const defaults: RendererServices = { isLocked: () => false };
const RendererServicesContext = createContext<RendererServices>(defaults);

export const RendererServicesProvider = RendererServicesContext.Provider;
export const useRendererServices = (): RendererServices => useContext(RendererServicesContext);
