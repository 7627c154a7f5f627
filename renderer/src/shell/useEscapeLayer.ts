import { useEffect, useEffectEvent } from 'react';
import { EscapeLayers, type EscapeDepth, type EscapeHandler } from './escape-layers';

// One set of layers for the window, listening while any layer is mounted.
const layers = new EscapeLayers(() => document.querySelector('dialog:modal') !== null);
const onKeyDown = (event: KeyboardEvent) => layers.dispatch(event);

/**
 * Makes the component a layer of Escape at `depth` (see `escape-layers.ts`): `handler`
 * answers whether it used the key; when it did not, the layers beneath get it. The
 * handler always sees the component's latest state.
 */
export function useEscapeLayer(depth: EscapeDepth, handler: EscapeHandler): void {
  const handle = useEffectEvent(handler);
  useEffect(() => {
    if (layers.size === 0) window.addEventListener('keydown', onKeyDown);
    const remove = layers.add(depth, (event) => handle(event));
    return () => {
      remove();
      if (layers.size === 0) window.removeEventListener('keydown', onKeyDown);
    };
  }, [depth]);
}
