import { createRep } from '../../main/services/reps';
import type { ServiceContext } from '../../main/services/context';

/** The eight reps of the vendor fixtures (fixtures/vendors/csv/README.md). */
export const FIXTURE_REPS = [
  ['Ana Souza', 'ana@example.com'],
  ['Bruno Lima', 'bruno@example.com'],
  ['Carla Mendes', 'carla@example.com'],
  ['Diego Ferreira', 'diego@example.com'],
  ['Elena Rossi', 'elena@example.com'],
  ['Farid Haddad', 'farid@example.com'],
  ['Grace Kim', 'grace@example.com'],
  ['Hiro Tanaka', 'hiro@example.com'],
] as const;

/** Creates the fixture reps; returns their ids by name. */
export function createReps(ctx: ServiceContext): Map<string, number> {
  return new Map(FIXTURE_REPS.map(([name, email]) => [name, createRep(ctx, { name, email }).id]));
}
