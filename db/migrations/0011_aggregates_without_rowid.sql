-- The day and month aggregates become WITHOUT ROWID tables ordered by their primary key. A
-- ranking over a range of days then reads the table itself (the covering `_range` indexes go),
-- and the scoring hot path's "add to a value" rewrites one b-tree entry instead of a row plus
-- an index entry. The month roll-up of an update that stays in its month and rep is one UPDATE
-- (it was a subtraction and a separate upsert); a row that moves month or rep keeps the old pair.
DROP TRIGGER `rep_day_totals_month_insert`;--> statement-breakpoint
DROP TRIGGER `rep_day_totals_month_update`;--> statement-breakpoint
DROP TRIGGER `rep_day_totals_month_delete`;--> statement-breakpoint
DROP TRIGGER `rep_day_metrics_month_insert`;--> statement-breakpoint
DROP TRIGGER `rep_day_metrics_month_update`;--> statement-breakpoint
DROP TRIGGER `rep_day_metrics_month_delete`;--> statement-breakpoint
DROP INDEX `rep_day_totals_range`;--> statement-breakpoint
DROP INDEX `rep_day_metrics_range`;--> statement-breakpoint
CREATE TABLE `__new_rep_day_totals` (
	`day` text NOT NULL,
	`rep_id` integer NOT NULL,
	`points` integer DEFAULT 0 NOT NULL,
	`last_scored_at` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`day`, `rep_id`),
	FOREIGN KEY (`rep_id`) REFERENCES `reps`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;--> statement-breakpoint
INSERT INTO `__new_rep_day_totals` SELECT `day`, `rep_id`, `points`, `last_scored_at` FROM `rep_day_totals`;--> statement-breakpoint
DROP TABLE `rep_day_totals`;--> statement-breakpoint
ALTER TABLE `__new_rep_day_totals` RENAME TO `rep_day_totals`;--> statement-breakpoint
CREATE INDEX `rep_day_totals_rep` ON `rep_day_totals` (`rep_id`,`day`);--> statement-breakpoint
CREATE TABLE `__new_rep_day_metrics` (
	`metric` text NOT NULL,
	`day` text NOT NULL,
	`rep_id` integer NOT NULL,
	`value` integer DEFAULT 0 NOT NULL,
	`last_at` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`metric`, `day`, `rep_id`),
	FOREIGN KEY (`rep_id`) REFERENCES `reps`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;--> statement-breakpoint
INSERT INTO `__new_rep_day_metrics` SELECT `metric`, `day`, `rep_id`, `value`, `last_at` FROM `rep_day_metrics`;--> statement-breakpoint
DROP TABLE `rep_day_metrics`;--> statement-breakpoint
ALTER TABLE `__new_rep_day_metrics` RENAME TO `rep_day_metrics`;--> statement-breakpoint
CREATE INDEX `rep_day_metrics_rep` ON `rep_day_metrics` (`rep_id`,`metric`,`day`);--> statement-breakpoint
CREATE TABLE `__new_rep_month_totals` (
	`month` text NOT NULL,
	`rep_id` integer NOT NULL,
	`points` integer DEFAULT 0 NOT NULL,
	`last_scored_at` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`month`, `rep_id`)
) WITHOUT ROWID;--> statement-breakpoint
INSERT INTO `__new_rep_month_totals` SELECT `month`, `rep_id`, `points`, `last_scored_at` FROM `rep_month_totals`;--> statement-breakpoint
DROP TABLE `rep_month_totals`;--> statement-breakpoint
ALTER TABLE `__new_rep_month_totals` RENAME TO `rep_month_totals`;--> statement-breakpoint
CREATE INDEX `rep_month_totals_rep` ON `rep_month_totals` (`rep_id`,`month`);--> statement-breakpoint
CREATE TABLE `__new_rep_month_metrics` (
	`metric` text NOT NULL,
	`month` text NOT NULL,
	`rep_id` integer NOT NULL,
	`value` integer DEFAULT 0 NOT NULL,
	`last_at` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`metric`, `month`, `rep_id`)
) WITHOUT ROWID;--> statement-breakpoint
INSERT INTO `__new_rep_month_metrics` SELECT `metric`, `month`, `rep_id`, `value`, `last_at` FROM `rep_month_metrics`;--> statement-breakpoint
DROP TABLE `rep_month_metrics`;--> statement-breakpoint
ALTER TABLE `__new_rep_month_metrics` RENAME TO `rep_month_metrics`;--> statement-breakpoint
CREATE INDEX `rep_month_metrics_rep` ON `rep_month_metrics` (`rep_id`,`metric`,`month`);--> statement-breakpoint
CREATE TRIGGER `rep_day_totals_month_insert` AFTER INSERT ON `rep_day_totals` BEGIN
  INSERT INTO `rep_month_totals` (`month`, `rep_id`, `points`, `last_scored_at`)
  VALUES (substr(NEW.`day`, 1, 7), NEW.`rep_id`, NEW.`points`, NEW.`last_scored_at`)
  ON CONFLICT (`month`, `rep_id`) DO UPDATE SET `points` = `points` + excluded.`points`, `last_scored_at` = max(`last_scored_at`, excluded.`last_scored_at`);
END;--> statement-breakpoint
CREATE TRIGGER `rep_day_totals_month_update` AFTER UPDATE ON `rep_day_totals`
WHEN substr(OLD.`day`, 1, 7) = substr(NEW.`day`, 1, 7) AND OLD.`rep_id` = NEW.`rep_id` BEGIN
  UPDATE `rep_month_totals` SET `points` = `points` - OLD.`points` + NEW.`points`, `last_scored_at` = max(`last_scored_at`, NEW.`last_scored_at`)
  WHERE `month` = substr(NEW.`day`, 1, 7) AND `rep_id` = NEW.`rep_id`;
END;--> statement-breakpoint
CREATE TRIGGER `rep_day_totals_month_move` AFTER UPDATE ON `rep_day_totals`
WHEN substr(OLD.`day`, 1, 7) <> substr(NEW.`day`, 1, 7) OR OLD.`rep_id` <> NEW.`rep_id` BEGIN
  UPDATE `rep_month_totals` SET `points` = `points` - OLD.`points` WHERE `month` = substr(OLD.`day`, 1, 7) AND `rep_id` = OLD.`rep_id`;
  INSERT INTO `rep_month_totals` (`month`, `rep_id`, `points`, `last_scored_at`)
  VALUES (substr(NEW.`day`, 1, 7), NEW.`rep_id`, NEW.`points`, NEW.`last_scored_at`)
  ON CONFLICT (`month`, `rep_id`) DO UPDATE SET `points` = `points` + excluded.`points`, `last_scored_at` = max(`last_scored_at`, excluded.`last_scored_at`);
END;--> statement-breakpoint
CREATE TRIGGER `rep_day_totals_month_delete` AFTER DELETE ON `rep_day_totals` BEGIN
  UPDATE `rep_month_totals` SET `points` = `points` - OLD.`points` WHERE `month` = substr(OLD.`day`, 1, 7) AND `rep_id` = OLD.`rep_id`;
END;--> statement-breakpoint
CREATE TRIGGER `rep_day_metrics_month_insert` AFTER INSERT ON `rep_day_metrics` BEGIN
  INSERT INTO `rep_month_metrics` (`metric`, `month`, `rep_id`, `value`, `last_at`)
  VALUES (NEW.`metric`, substr(NEW.`day`, 1, 7), NEW.`rep_id`, NEW.`value`, NEW.`last_at`)
  ON CONFLICT (`metric`, `month`, `rep_id`) DO UPDATE SET `value` = `value` + excluded.`value`, `last_at` = max(`last_at`, excluded.`last_at`);
END;--> statement-breakpoint
CREATE TRIGGER `rep_day_metrics_month_update` AFTER UPDATE ON `rep_day_metrics`
WHEN OLD.`metric` = NEW.`metric` AND substr(OLD.`day`, 1, 7) = substr(NEW.`day`, 1, 7) AND OLD.`rep_id` = NEW.`rep_id` BEGIN
  UPDATE `rep_month_metrics` SET `value` = `value` - OLD.`value` + NEW.`value`, `last_at` = max(`last_at`, NEW.`last_at`)
  WHERE `metric` = NEW.`metric` AND `month` = substr(NEW.`day`, 1, 7) AND `rep_id` = NEW.`rep_id`;
END;--> statement-breakpoint
CREATE TRIGGER `rep_day_metrics_month_move` AFTER UPDATE ON `rep_day_metrics`
WHEN OLD.`metric` <> NEW.`metric` OR substr(OLD.`day`, 1, 7) <> substr(NEW.`day`, 1, 7) OR OLD.`rep_id` <> NEW.`rep_id` BEGIN
  UPDATE `rep_month_metrics` SET `value` = `value` - OLD.`value` WHERE `metric` = OLD.`metric` AND `month` = substr(OLD.`day`, 1, 7) AND `rep_id` = OLD.`rep_id`;
  INSERT INTO `rep_month_metrics` (`metric`, `month`, `rep_id`, `value`, `last_at`)
  VALUES (NEW.`metric`, substr(NEW.`day`, 1, 7), NEW.`rep_id`, NEW.`value`, NEW.`last_at`)
  ON CONFLICT (`metric`, `month`, `rep_id`) DO UPDATE SET `value` = `value` + excluded.`value`, `last_at` = max(`last_at`, excluded.`last_at`);
END;--> statement-breakpoint
CREATE TRIGGER `rep_day_metrics_month_delete` AFTER DELETE ON `rep_day_metrics` BEGIN
  UPDATE `rep_month_metrics` SET `value` = `value` - OLD.`value` WHERE `metric` = OLD.`metric` AND `month` = substr(OLD.`day`, 1, 7) AND `rep_id` = OLD.`rep_id`;
END;
