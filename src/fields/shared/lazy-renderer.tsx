import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { FieldRendererProps } from '../field-definition';

/**
 * A renderer loaded the first time a form shows its type. For the heavy, less common types
 * (address lists, uploads with the citizen's stored documents): their code and data fetching stay
 * out of every form that does not use them. Until it arrives, a short status in the field's place.
 */
export function lazyRenderer<TConfig, TAnswer>(
  load: () => Promise<ComponentType<FieldRendererProps<TConfig, TAnswer>>>,
): (props: FieldRendererProps<TConfig, TAnswer>) => ReactNode {
  const Loaded = lazy(async () => ({ default: await load() }));
  return function LazyRenderer(props: FieldRendererProps<TConfig, TAnswer>) {
    return (
      <Suspense fallback={<p className="hint" role="status">{props.t('common.loadingField')}</p>}>
        <Loaded {...props} />
      </Suspense>
    );
  };
}
