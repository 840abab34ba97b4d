import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import type { FieldRendererProps } from '../field-definition';

/** A renderer whose code can be fetched before a form first shows its type. */
export interface PreloadableRenderer {
  preload(): Promise<unknown>;
}

export const isPreloadable = (renderer: object): renderer is PreloadableRenderer =>
  typeof (renderer as Partial<PreloadableRenderer>).preload === 'function';

/**
 * A renderer loaded the first time a form shows its type. For the heavy, less common types
 * (address lists, uploads with the citizen's stored documents): their code and data fetching stay
 * out of every form that does not use them. Until it arrives, a short status in the field's place.
 *
 * `preload()` fetches it ahead (the published form's query does, for the types the form uses):
 * a renderer already loaded when its field first renders is drawn at once, with no status.
 */
export function lazyRenderer<TConfig, TAnswer>(
  load: () => Promise<ComponentType<FieldRendererProps<TConfig, TAnswer>>>,
): ((props: FieldRendererProps<TConfig, TAnswer>) => ReactNode) & PreloadableRenderer {
  let loaded: ComponentType<FieldRendererProps<TConfig, TAnswer>> | undefined;
  let loading: Promise<ComponentType<FieldRendererProps<TConfig, TAnswer>>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined; // a failed download is tried again on the next use
        throw error;
      },
    ));
  const Suspended = lazy(async () => ({ default: await preload() }));

  function LazyRenderer(props: FieldRendererProps<TConfig, TAnswer>) {
    // Chosen once per field: switching between the two would remount the renderer and lose its state.
    const [Ready] = useState(() => loaded);
    if (Ready) return <Ready {...props} />;
    return (
      <Suspense fallback={<p className="hint" role="status">{props.t('common.loadingField')}</p>}>
        <Suspended {...props} />
      </Suspense>
    );
  }
  return Object.assign(LazyRenderer, { preload });
}
