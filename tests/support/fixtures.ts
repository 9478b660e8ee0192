import { join } from 'node:path';

/** The vendor fixtures (byte-exact copy of ../shared/fixtures/vendors; see tests/fixtures/README.md). */
export const VENDOR_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'vendors');
export const CSV_FIXTURES_DIR = join(VENDOR_FIXTURES, 'csv');
export const WEBHOOK_FIXTURES_DIR = join(VENDOR_FIXTURES, 'webhooks');
