CREATE TABLE `applied_reversals` (
	`event_id` integer PRIMARY KEY NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `badge_awards` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`badge_id` text NOT NULL,
	`rep_id` integer NOT NULL,
	`event_id` integer,
	`earned_at` integer NOT NULL,
	`awarded_at` integer NOT NULL,
	`withdrawn_at` integer,
	`withdrawn_by_event_id` integer,
	FOREIGN KEY (`badge_id`) REFERENCES `badges`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rep_id`) REFERENCES `reps`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `badge_awards_once` ON `badge_awards` (`badge_id`,`rep_id`);--> statement-breakpoint
CREATE INDEX `badge_awards_time` ON `badge_awards` (`earned_at`);--> statement-breakpoint
CREATE TABLE `badges` (
	`id` text PRIMARY KEY NOT NULL,
	`category` text NOT NULL,
	`icon` text NOT NULL,
	`position` integer NOT NULL,
	`rule_json` text NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `game_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`tie_break` text DEFAULT 'shared' NOT NULL,
	`name_privacy` text DEFAULT 'full' NOT NULL,
	`public_top_n` integer,
	`refund_badges` text DEFAULT 'withdraw' NOT NULL,
	`level_base_xp` integer DEFAULT 100 NOT NULL,
	`rest_days_json` text DEFAULT '[6,7]' NOT NULL,
	`desktop_notify` text DEFAULT 'goals' NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `goal_marks` (
	`goal_id` integer NOT NULL,
	`period_start` text NOT NULL,
	`tier` integer NOT NULL,
	`reached_at` integer NOT NULL,
	`notified` integer NOT NULL,
	PRIMARY KEY(`goal_id`, `period_start`, `tier`),
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `goals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`scope` text NOT NULL,
	`rep_id` integer,
	`team_id` integer,
	`measure` text NOT NULL,
	`event_type` text,
	`period` text NOT NULL,
	`target` integer NOT NULL,
	`tiers_json` text DEFAULT '[100]' NOT NULL,
	`paused` integer DEFAULT false NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`rep_id`) REFERENCES `reps`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `goals_rep` ON `goals` (`rep_id`);--> statement-breakpoint
CREATE INDEX `goals_team` ON `goals` (`team_id`);--> statement-breakpoint
CREATE TABLE `kudos` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`rep_id` integer NOT NULL,
	`message` text NOT NULL,
	`points` integer DEFAULT 0 NOT NULL,
	`event_id` integer,
	`given_at` integer NOT NULL,
	FOREIGN KEY (`rep_id`) REFERENCES `reps`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `kudos_time` ON `kudos` (`given_at`);--> statement-breakpoint
CREATE TABLE `level_ups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`rep_id` integer NOT NULL,
	`level` integer NOT NULL,
	`reached_at` integer NOT NULL,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`rep_id`) REFERENCES `reps`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `level_ups_once` ON `level_ups` (`rep_id`,`level`);--> statement-breakpoint
CREATE INDEX `level_ups_time` ON `level_ups` (`reached_at`);--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`audience` text DEFAULT 'both' NOT NULL,
	`rep_id` integer,
	`team_id` integer,
	`payload_json` text NOT NULL,
	`dedupe_key` text NOT NULL,
	`created_at` integer NOT NULL,
	`manager_read_at` integer,
	`rep_read_at` integer,
	FOREIGN KEY (`rep_id`) REFERENCES `reps`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_dedupe` ON `notifications` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `notifications_rep` ON `notifications` (`rep_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `notifications_time` ON `notifications` (`created_at`);--> statement-breakpoint
CREATE TABLE `rep_day_metrics` (
	`metric` text NOT NULL,
	`day` text NOT NULL,
	`rep_id` integer NOT NULL,
	`value` integer DEFAULT 0 NOT NULL,
	`last_at` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`metric`, `day`, `rep_id`),
	FOREIGN KEY (`rep_id`) REFERENCES `reps`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `rep_day_metrics_rep` ON `rep_day_metrics` (`rep_id`,`metric`,`day`);--> statement-breakpoint
CREATE INDEX `rep_day_metrics_range` ON `rep_day_metrics` (`metric`,`day`,`rep_id`,`value`,`last_at`);--> statement-breakpoint
CREATE TABLE `rep_month_metrics` (
	`metric` text NOT NULL,
	`month` text NOT NULL,
	`rep_id` integer NOT NULL,
	`value` integer DEFAULT 0 NOT NULL,
	`last_at` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`metric`, `month`, `rep_id`)
);
--> statement-breakpoint
CREATE INDEX `rep_month_metrics_rep` ON `rep_month_metrics` (`rep_id`,`metric`,`month`);--> statement-breakpoint
CREATE TABLE `rep_month_totals` (
	`month` text NOT NULL,
	`rep_id` integer NOT NULL,
	`points` integer DEFAULT 0 NOT NULL,
	`last_scored_at` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`month`, `rep_id`)
);
--> statement-breakpoint
CREATE INDEX `rep_month_totals_rep` ON `rep_month_totals` (`rep_id`,`month`);--> statement-breakpoint
CREATE TABLE `rep_profiles` (
	`rep_id` integer PRIMARY KEY NOT NULL,
	`alias` text,
	`default_goals_at` integer,
	FOREIGN KEY (`rep_id`) REFERENCES `reps`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `events` ADD `response_seconds` integer;--> statement-breakpoint
CREATE INDEX `events_rep_type_time` ON `events` (`rep_id`,`type`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `rep_day_totals_rep` ON `rep_day_totals` (`rep_id`,`day`);--> statement-breakpoint
CREATE INDEX `rep_day_totals_range` ON `rep_day_totals` (`day`,`rep_id`,`points`,`last_scored_at`);