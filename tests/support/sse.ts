/** A server-sent-events client for tests: collects events and lets a test wait for one. */
export interface SseClient {
  events: { event: string; data: any }[];
  next(event: string, match?: (data: any) => boolean): Promise<any>;
  close(): void;
  status: number;
}

export async function openSse(url: string): Promise<SseClient> {
  const controller = new AbortController();
  const response = await fetch(url, { signal: controller.signal });
  const events: { event: string; data: any }[] = [];
  const waiters: { event: string; match: (data: any) => boolean; resolve: (data: any) => void }[] = [];
  // Each event is handed to one waiter only: next('x') twice gives the first two x events.
  const taken = new Set<object>();
  const check = () => {
    for (const waiter of [...waiters]) {
      const found = events.find((e) => !taken.has(e) && e.event === waiter.event && waiter.match(e.data));
      if (found) {
        taken.add(found);
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(found.data);
      }
    }
  };
  if (response.body) {
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          let end = buffer.indexOf('\n\n');
          while (end >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (event && data !== undefined) events.push({ event, data: JSON.parse(data) });
            end = buffer.indexOf('\n\n');
          }
          check();
        }
      } catch {
        // aborted
      }
    })();
  }
  return {
    events,
    status: response.status,
    next(event, match = () => true) {
      return new Promise((resolve) => {
        waiters.push({ event, match, resolve });
        check();
      });
    },
    close: () => controller.abort(),
  };
}
