ALTER TABLE `goals` ADD `grouping_id` integer REFERENCES groupings(id);--> statement-breakpoint
CREATE INDEX `goals_grouping` ON `goals` (`grouping_id`);