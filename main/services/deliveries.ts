import type { Delivery, DeliverySummary } from '../../preload/contract';
import type { DeliveryRow } from '../../db/queries/sources';

export function toDeliveryView(row: DeliveryRow): Delivery {
  return {
    id: row.id,
    sourceId: row.sourceId,
    receivedAt: row.receivedAt,
    outcome: row.outcome,
    httpStatus: row.httpStatus,
    reason: row.reason,
    eventCount: row.eventCount,
    externalIds: JSON.parse(row.externalIdsJson) as string[],
    summary: row.summaryJson === null ? null : (JSON.parse(row.summaryJson) as DeliverySummary),
  };
}
