import { fieldRegistry } from '@/fields/registry';
import { isPreloadable } from '@/fields/shared/lazy-renderer';
import type { BaseFieldConfig } from '@/schema/base-field';

/**
 * Starts fetching the renderers that load on first use (address, upload…) for the fields given,
 * containers' children included, so a form's first page is drawn whole on its first render
 * instead of showing "loading" in their place for one more round trip. Failures are left to the
 * field itself, which tries again when it renders.
 */
export function preloadRenderers(fields: readonly BaseFieldConfig[]): void {
  for (const field of fields) {
    if (!fieldRegistry.has(field.type)) continue;
    const definition = fieldRegistry.of(field);
    const renderer = definition.Renderer;
    if (isPreloadable(renderer)) renderer.preload().catch(() => undefined);
    if (definition.container) preloadRenderers(definition.container.children(field));
  }
}
