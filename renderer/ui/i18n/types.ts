import type { BadgeIdName, Delivery, EventTypeName, Goal, MetricName, PeriodKindName, SourceKind } from '../../../preload/contract';

export type { BadgeIdName, EventTypeName, MetricName, PeriodKindName, SourceKind };
export type GoalMeasureName = Goal['measure'];
export type GoalPeriodName = Goal['period'];
export type DeliveryOutcomeName = Delivery['outcome'];
