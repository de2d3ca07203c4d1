import { useCallback, useEffect, useRef, useState } from 'react';
import { figureNumber } from '../../map/choropleth';
import { runLisaJob, type LisaJobInput, type LisaJobResult } from '../workers/lisaJob';
import type { ChoroplethData } from '../map/useChoropleth';

export const LISA_PERMUTATIONS = 999;
export const LISA_SEED = 1;
/** Levels larger than this run in the worker (smaller ones are instant on the main thread too). */
const WORKER_THRESHOLD = 150;

export type LisaState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; result: LisaJobResult; missing: number; version: number }
  | { status: 'cancelled' }
  | { status: 'too_few' }
  | { status: 'error'; message: string };

/** The areas of the choropleth that have a number, as a job for the LISA worker. */
export function lisaInput(data: ChoroplethData, fdr: boolean): { input: LisaJobInput; missing: number } {
  const keys: string[] = [];
  const geometries: LisaJobInput['geometries'] = [];
  const values: number[] = [];
  let missing = 0;
  for (const feature of data.boundaries.features) {
    const figure = data.figures.get(feature.properties.key);
    const n = figure ? figureNumber(figure) : null;
    if (n === null || !feature.geometry) {
      missing++;
      continue;
    }
    keys.push(feature.properties.key);
    geometries.push(feature.geometry);
    values.push(n);
  }
  return { input: { keys, geometries, values, permutations: LISA_PERMUTATIONS, seed: LISA_SEED, fdr, snap: 1e-6 }, missing };
}

/**
 * Runs the LISA for the current level/indicator/year when `active`; large levels in a Web Worker with
 * progress, cancellable (the worker is terminated).
 */
export function useLisa(data: ChoroplethData | null, fdr: boolean, active: boolean) {
  const [state, setState] = useState<LisaState>({ status: 'idle' });
  const workerRef = useRef<Worker | null>(null);
  const [run, setRun] = useState(0);

  const stop = useCallback(() => {
    workerRef.current?.terminate();
    workerRef.current = null;
  }, []);

  useEffect(() => {
    if (!active || !data) return;
    const { input, missing } = lisaInput(data, fdr);
    if (input.keys.length < 5) {
      setState({ status: 'too_few' });
      return;
    }
    let live = true;
    const version = data.version;
    setState({ status: 'running', done: 0, total: input.keys.length });
    if (input.keys.length <= WORKER_THRESHOLD || typeof Worker === 'undefined') {
      const timer = setTimeout(() => {
        try {
          const result = runLisaJob(input);
          if (live) setState({ status: 'done', result, missing, version });
        } catch (e) {
          if (live) setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
        }
      }, 0);
      return () => {
        live = false;
        clearTimeout(timer);
      };
    }
    const worker = new Worker(new URL('../workers/lisa.worker.ts', import.meta.url), { type: 'module' });
    workerRef.current = worker;
    worker.onmessage = (event: MessageEvent) => {
      if (!live) return;
      const msg = event.data as { type: string; done?: number; total?: number; result?: LisaJobResult; message?: string };
      if (msg.type === 'progress') setState({ status: 'running', done: msg.done ?? 0, total: msg.total ?? input.keys.length });
      else if (msg.type === 'done' && msg.result) {
        setState({ status: 'done', result: msg.result, missing, version });
        worker.terminate();
      } else if (msg.type === 'error') setState({ status: 'error', message: msg.message ?? '?' });
    };
    worker.onerror = (event) => {
      if (live) setState({ status: 'error', message: event.message });
    };
    worker.postMessage({ input });
    return () => {
      live = false;
      worker.terminate();
      if (workerRef.current === worker) workerRef.current = null;
    };
  }, [data?.boundaries, data?.figures, fdr, active, run]); // eslint-disable-line react-hooks/exhaustive-deps

  const cancel = useCallback(() => {
    stop();
    setState({ status: 'cancelled' });
  }, [stop]);
  const restart = useCallback(() => setRun((r) => r + 1), []);
  return { state, cancel, restart };
}
