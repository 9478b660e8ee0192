-- Month roll-ups of the day aggregates, kept by triggers: whatever writes a day total (the
-- scoring transaction, a rebuild, a recompute) keeps its month in step in the same
-- transaction. `last_*` only ever grows here; a rebuild clears the months first.
CREATE TRIGGER `rep_day_totals_month_insert` AFTER INSERT ON `rep_day_totals` BEGIN
  INSERT INTO `rep_month_totals` (`month`, `rep_id`, `points`, `last_scored_at`)
  VALUES (substr(NEW.`day`, 1, 7), NEW.`rep_id`, NEW.`points`, NEW.`last_scored_at`)
  ON CONFLICT (`month`, `rep_id`) DO UPDATE SET `points` = `points` + excluded.`points`, `last_scored_at` = max(`last_scored_at`, excluded.`last_scored_at`);
END;
--> statement-breakpoint
CREATE TRIGGER `rep_day_totals_month_update` AFTER UPDATE ON `rep_day_totals` BEGIN
  UPDATE `rep_month_totals` SET `points` = `points` - OLD.`points` WHERE `month` = substr(OLD.`day`, 1, 7) AND `rep_id` = OLD.`rep_id`;
  INSERT INTO `rep_month_totals` (`month`, `rep_id`, `points`, `last_scored_at`)
  VALUES (substr(NEW.`day`, 1, 7), NEW.`rep_id`, NEW.`points`, NEW.`last_scored_at`)
  ON CONFLICT (`month`, `rep_id`) DO UPDATE SET `points` = `points` + excluded.`points`, `last_scored_at` = max(`last_scored_at`, excluded.`last_scored_at`);
END;
--> statement-breakpoint
CREATE TRIGGER `rep_day_totals_month_delete` AFTER DELETE ON `rep_day_totals` BEGIN
  UPDATE `rep_month_totals` SET `points` = `points` - OLD.`points` WHERE `month` = substr(OLD.`day`, 1, 7) AND `rep_id` = OLD.`rep_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `rep_day_metrics_month_insert` AFTER INSERT ON `rep_day_metrics` BEGIN
  INSERT INTO `rep_month_metrics` (`metric`, `month`, `rep_id`, `value`, `last_at`)
  VALUES (NEW.`metric`, substr(NEW.`day`, 1, 7), NEW.`rep_id`, NEW.`value`, NEW.`last_at`)
  ON CONFLICT (`metric`, `month`, `rep_id`) DO UPDATE SET `value` = `value` + excluded.`value`, `last_at` = max(`last_at`, excluded.`last_at`);
END;
--> statement-breakpoint
CREATE TRIGGER `rep_day_metrics_month_update` AFTER UPDATE ON `rep_day_metrics` BEGIN
  UPDATE `rep_month_metrics` SET `value` = `value` - OLD.`value` WHERE `metric` = OLD.`metric` AND `month` = substr(OLD.`day`, 1, 7) AND `rep_id` = OLD.`rep_id`;
  INSERT INTO `rep_month_metrics` (`metric`, `month`, `rep_id`, `value`, `last_at`)
  VALUES (NEW.`metric`, substr(NEW.`day`, 1, 7), NEW.`rep_id`, NEW.`value`, NEW.`last_at`)
  ON CONFLICT (`metric`, `month`, `rep_id`) DO UPDATE SET `value` = `value` + excluded.`value`, `last_at` = max(`last_at`, excluded.`last_at`);
END;
--> statement-breakpoint
CREATE TRIGGER `rep_day_metrics_month_delete` AFTER DELETE ON `rep_day_metrics` BEGIN
  UPDATE `rep_month_metrics` SET `value` = `value` - OLD.`value` WHERE `metric` = OLD.`metric` AND `month` = substr(OLD.`day`, 1, 7) AND `rep_id` = OLD.`rep_id`;
END;
--> statement-breakpoint
-- Months of the days that existed before this migration.
INSERT INTO `rep_month_totals` (`month`, `rep_id`, `points`, `last_scored_at`)
SELECT substr(`day`, 1, 7), `rep_id`, sum(`points`), max(`last_scored_at`) FROM `rep_day_totals` GROUP BY 1, 2;
