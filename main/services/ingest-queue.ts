import type { ServiceContext } from './context';
import { ingestBatch, type IngestResult, type Submission } from './ingest';

interface Waiting {
  submission: Submission;
  resolve: (result: IngestResult) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for webhook deliveries. Deliveries whose bodies arrive in the same turn of the
 * event loop are stored in one transaction (each in its own savepoint), and each caller's
 * promise settles only after that transaction has committed: nothing is acknowledged before
 * it is durable, and a burst costs one commit instead of one per delivery.
 */
export class IngestQueue {
  private waiting: Waiting[] = [];
  private scheduled = false;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly maxBatch = 200,
  ) {}

  submit(submission: Submission): Promise<IngestResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ submission, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.waiting;
    this.waiting = [];
    for (let i = 0; i < batch.length; i += this.maxBatch) {
      const chunk = batch.slice(i, i + this.maxBatch);
      let results: ReturnType<typeof ingestBatch>;
      try {
        results = ingestBatch(
          this.ctx,
          chunk.map((w) => w.submission),
        );
      } catch (error) {
        // The transaction did not commit: nobody is acknowledged.
        for (const w of chunk) w.reject(error);
        continue;
      }
      results.forEach((result, index) => {
        const w = chunk[index];
        if (!w) return;
        if ('error' in result) w.reject(result.error);
        else w.resolve(result);
      });
    }
  }
}
