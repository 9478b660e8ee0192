// Who gets the next customer: round-robin, weighted by capacity, or by territory. Pure: the
// caller passes the reps with their current portfolio size, the customers to place and where
// each rotation stopped last time; the plan says who gets what and where rotations stop now.

export const DISTRIBUTION_STRATEGIES = ['round_robin', 'capacity', 'territory'] as const;
export type DistributionStrategy = (typeof DISTRIBUTION_STRATEGIES)[number];

export interface DistributionRep {
  id: number;
  /** Customers the rep owns now. */
  load: number;
  /** Most customers the rep can own; null = not set (no limit, and no weight). */
  capacity: number | null;
  /** Territories (grouping ids) the rep works. */
  territoryIds: readonly number[];
}

export interface DistributionCustomer {
  id: number;
  /** Upper-cased region code, or null. */
  region: string | null;
}

export interface Territory {
  id: number;
  /** Upper-cased region codes the territory covers. */
  regions: readonly string[];
}

export interface DistributionInput {
  strategy: DistributionStrategy;
  /** The reps taking part, any order (rotation order is by id). */
  reps: readonly DistributionRep[];
  customers: readonly DistributionCustomer[];
  territories?: readonly Territory[];
  /** Territory strategy: what to do with a customer no territory covers. */
  fallback?: 'round_robin' | 'leave';
  /** Last rep served per rotation key ('pool' or `territory:<id>`). */
  cursors: ReadonlyMap<string, number>;
}

export type UnassignedReason = 'no_reps' | 'all_full' | 'no_capacity_set' | 'no_territory' | 'territory_without_reps';

export interface DistributionPlan {
  assignments: { customerId: number; repId: number; rotation: string }[];
  unassigned: { customerId: number; reason: UnassignedReason }[];
  /** Where each rotation used by the plan stopped. */
  cursors: Map<string, number>;
}

export const POOL_ROTATION = 'pool';
export const territoryRotation = (territoryId: number) => `territory:${territoryId}`;

const hasRoom = (rep: { load: number; capacity: number | null }) => rep.capacity === null || rep.load < rep.capacity;

/**
 * The next rep after `lastRepId` in id order (wrapping round) that has room. Rotation by id
 * rather than by position means a rep joining or leaving the pool does not reshuffle the turn
 * of everyone else.
 */
function nextInRotation<R extends { id: number; load: number; capacity: number | null }>(reps: readonly R[], lastRepId: number | undefined): R | undefined {
  const ordered = [...reps].sort((a, b) => a.id - b.id);
  const start = lastRepId === undefined ? 0 : ordered.findIndex((r) => r.id > lastRepId);
  const from = start < 0 ? 0 : start;
  for (let i = 0; i < ordered.length; i += 1) {
    const rep = ordered[(from + i) % ordered.length] as R;
    if (hasRoom(rep)) return rep;
  }
  return undefined;
}

/** The rep with the most room relative to their capacity (fills portfolios in proportion). */
function mostRoom<R extends { id: number; load: number; capacity: number | null }>(reps: readonly R[]): R | undefined {
  let best: R | undefined;
  for (const rep of reps) {
    if (rep.capacity === null || rep.capacity <= 0 || !hasRoom(rep)) continue;
    if (!best) {
      best = rep;
      continue;
    }
    // Compare (load + 1) / capacity without floats: a/b < c/d  <=>  a*d < c*b.
    const mine = (rep.load + 1) * (best.capacity as number);
    const theirs = (best.load + 1) * rep.capacity;
    if (mine < theirs || (mine === theirs && (rep.load < best.load || (rep.load === best.load && rep.id < best.id)))) best = rep;
  }
  return best;
}

export function planDistribution(input: DistributionInput): DistributionPlan {
  const reps = input.reps.map((r) => ({ ...r }));
  const cursors = new Map(input.cursors);
  const used = new Map<string, number>();
  const plan: DistributionPlan = { assignments: [], unassigned: [], cursors: used };
  const give = (customerId: number, rep: { id: number; load: number }, rotation: string) => {
    rep.load += 1;
    plan.assignments.push({ customerId, repId: rep.id, rotation });
    if (rotation !== 'capacity') {
      cursors.set(rotation, rep.id);
      used.set(rotation, rep.id);
    }
  };
  const roundRobin = (customerId: number, pool: typeof reps, rotation: string): boolean => {
    const rep = nextInRotation(pool, cursors.get(rotation));
    if (!rep) return false;
    give(customerId, rep, rotation);
    return true;
  };

  for (const customer of input.customers) {
    if (reps.length === 0) {
      plan.unassigned.push({ customerId: customer.id, reason: 'no_reps' });
      continue;
    }
    if (input.strategy === 'round_robin') {
      if (!roundRobin(customer.id, reps, POOL_ROTATION)) plan.unassigned.push({ customerId: customer.id, reason: 'all_full' });
      continue;
    }
    if (input.strategy === 'capacity') {
      const rep = mostRoom(reps);
      if (rep) give(customer.id, rep, 'capacity');
      else {
        const anyCapacity = reps.some((r) => r.capacity !== null && r.capacity > 0);
        plan.unassigned.push({ customerId: customer.id, reason: anyCapacity ? 'all_full' : 'no_capacity_set' });
      }
      continue;
    }
    // Territory: the first territory (by id) covering the customer's region, round-robin among its reps.
    const territory = customer.region
      ? [...(input.territories ?? [])].sort((a, b) => a.id - b.id).find((t) => t.regions.includes(customer.region as string))
      : undefined;
    if (!territory) {
      if (input.fallback === 'round_robin' && roundRobin(customer.id, reps, POOL_ROTATION)) continue;
      plan.unassigned.push({ customerId: customer.id, reason: 'no_territory' });
      continue;
    }
    const members = reps.filter((r) => r.territoryIds.includes(territory.id));
    if (members.length === 0) {
      plan.unassigned.push({ customerId: customer.id, reason: 'territory_without_reps' });
      continue;
    }
    if (!roundRobin(customer.id, members, territoryRotation(territory.id))) plan.unassigned.push({ customerId: customer.id, reason: 'all_full' });
  }
  return plan;
}
