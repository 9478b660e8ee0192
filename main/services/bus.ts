import type { Delivery, Progress, PushEvent, TableName } from '../../preload/contract';

type PushPayload<N extends PushEvent['name']> = Extract<PushEvent, { name: N }>['payload'];

export type PushListener = (event: PushEvent) => void;

/**
 * In-process facts for other services (not pushed to windows), emitted after commit.
 * `events.accepted`: new events were stored and scored from a live delivery (a webhook),
 * so the wallboards may celebrate them.
 */
export type DomainEvent = { name: 'events.accepted'; eventIds: number[] };
export type DomainListener = (event: DomainEvent) => void;

/**
 * In-process notifications of committed changes. Services emit after their transaction
 * commits; the SSE streams, the Electron windows and the wallboards listen.
 */
export class ChangeBus {
  private readonly listeners = new Set<PushListener>();
  private readonly domainListeners = new Set<DomainListener>();

  /** Listeners must be quick (they run before the webhook is answered): queue, then work later. */
  onDomain(listener: DomainListener): () => void {
    this.domainListeners.add(listener);
    return () => this.domainListeners.delete(listener);
  }

  domain(event: DomainEvent): void {
    for (const listener of this.domainListeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('domain listener failed', error);
      }
    }
  }

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
