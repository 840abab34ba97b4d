import { createContext, useContext, type ComponentType, type Dispatch } from 'react';
import type { FormSchema } from '@/schema/create-form-schema';
import type { SourceCatalog } from '../analysis/source-catalog';
import type { BuilderAction, BuilderState } from '../state/builder-reducer';

/** Props of the citizen's view the app renders inside the builder. */
export interface PreviewProps {
  schema: FormSchema;
  /** A test persona's token, whose records fill the form; `undefined` previews without auto-fill. */
  access: { key: string; token: string } | undefined;
  pageId: string;
  onPageChange(pageId: string): void;
}

/**
 * What the builder needs from other features, handed in by `app/` (features never import each
 * other): the data-source catalog for bindings and checks, and the citizen's renderer with
 * auto-fill for the live preview.
 */
export interface BuilderServices {
  catalog: SourceCatalog;
  Preview: ComponentType<PreviewProps>;
}

interface BuilderContextValue {
  state: BuilderState;
  dispatch: Dispatch<BuilderAction>;
  services: BuilderServices;
}

export const BuilderContext = createContext<BuilderContextValue | null>(null);

export function useBuilder(): BuilderContextValue {
  const value = useContext(BuilderContext);
  if (!value) throw new Error('useBuilder must be used inside the form editor');
  return value;
}
