import { it } from 'vitest';
import { genericSource } from '../tests/support/deliver';
import { createTestContext } from '../tests/support/context';
import { createRep } from './services/reps';
it('perf', () => {
  const ctx = createTestContext({ now: new Date().toISOString() });
  const { deliver } = genericSource(ctx);
  createRep(ctx, { name: `Rep`, email: `r@x.com` });
  const t0 = performance.now();
  for (let i = 0; i < 300; i++) deliver({ id: `e${i}`, type: 'reply.sent', occurredAt: new Date().toISOString(), rep: { email: 'r@x.com' } });
  console.log('per event ms', (performance.now() - t0) / 300);
  ctx.dispose();
});
