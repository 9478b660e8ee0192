import type { Delivery, EventTypeName, PeriodKindName, SourceKind } from '../../../preload/contract';

export type { EventTypeName, PeriodKindName, SourceKind };
export type DeliveryOutcomeName = Delivery['outcome'];
