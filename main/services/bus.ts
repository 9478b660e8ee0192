import type { Delivery, Progress, PushEvent, TableName } from '../../preload/contract';

type PushPayload<N extends PushEvent['name']> = Extract<PushEvent, { name: N }>['payload'];

export type PushListener = (event: PushEvent) => void;

/**
 * In-process notifications of committed changes. Services emit after their transaction
 * commits; the SSE streams, the Electron windows and the wallboards listen.
 */
export class ChangeBus {
  private readonly listeners = new Set<PushListener>();

  subscribe(listener: PushListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(...tables: TableName[]): void {
    this.emit({ name: 'changed', payload: { tables } });
  }

  delivery(delivery: Delivery): void {
    this.emit({ name: 'delivery', payload: delivery });
  }

  progress(progress: Progress): void {
    this.emit({ name: 'progress', payload: progress });
  }

  importProgress(progress: PushPayload<'importProgress'>): void {
    this.emit({ name: 'importProgress', payload: progress });
  }

  private emit(event: PushEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('push listener failed', error);
      }
    }
  }
}
