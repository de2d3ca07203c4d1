import { GeoJsonLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import { CHOROPLETH_LAYER_ID, type LayerDescriptor } from '../../map/layers';

/**
 * A flat map: draw in layer order, ignore depth. Interleaved deck layers would otherwise write depth
 * values that make MapLibre's label layers above them fail the depth test (labels hidden).
 */
const FLAT = { parameters: { depthWriteEnabled: false, depthCompare: 'always' as const } };

/** Turns a pure layer descriptor into a deck.gl layer. */
export function toDeckLayer(descriptor: LayerDescriptor): Layer {
  if (descriptor.kind === 'scatter') {
    const { kind: _kind, ...props } = descriptor;
    return new ScatterplotLayer({ ...props, ...FLAT } as ConstructorParameters<typeof ScatterplotLayer>[0]);
  }
  const { kind: _kind, ...props } = descriptor;
  const extra =
    descriptor.id === CHOROPLETH_LAYER_ID ? { autoHighlight: true, highlightColor: [20, 20, 20, 70] as [number, number, number, number] } : {};
  return new GeoJsonLayer({ ...props, ...extra, ...FLAT } as unknown as ConstructorParameters<typeof GeoJsonLayer>[0]);
}
