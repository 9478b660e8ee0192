CREATE TABLE `commission_adjustments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`rep_id` integer NOT NULL,
	`period_first_day` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`reason` text NOT NULL,
	`dispute_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `commission_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rep_id`) REFERENCES `reps`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `commission_adjustments_statement` ON `commission_adjustments` (`plan_id`,`rep_id`,`period_first_day`);--> statement-breakpoint
CREATE TABLE `commission_assignments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`rep_id` integer NOT NULL,
	`terms_json` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `commission_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rep_id`) REFERENCES `reps`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `commission_assignments_plan_rep` ON `commission_assignments` (`plan_id`,`rep_id`);--> statement-breakpoint
CREATE TABLE `commission_deal_terms` (
	`event_id` integer PRIMARY KEY NOT NULL,
	`term_days` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `commission_disputes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`rep_id` integer NOT NULL,
	`period_first_day` text NOT NULL,
	`line_key` text NOT NULL,
	`line_json` text NOT NULL,
	`comment` text NOT NULL,
	`status` text NOT NULL,
	`resolution_note` text,
	`adjustment_id` integer,
	`created_at` integer NOT NULL,
	`resolved_at` integer,
	FOREIGN KEY (`plan_id`) REFERENCES `commission_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rep_id`) REFERENCES `reps`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `commission_disputes_status` ON `commission_disputes` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `commission_periods` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`first_day` text NOT NULL,
	`last_day` text NOT NULL,
	`locked_at` integer NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `commission_plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `commission_periods_plan_day` ON `commission_periods` (`plan_id`,`first_day`);--> statement-breakpoint
CREATE TABLE `commission_plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`plan_json` text NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `commission_splits` (
	`event_id` integer NOT NULL,
	`rep_id` integer NOT NULL,
	`percent` text NOT NULL,
	`role` text NOT NULL,
	`overlay` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`event_id`, `rep_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rep_id`) REFERENCES `reps`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `commission_splits_rep` ON `commission_splits` (`rep_id`);--> statement-breakpoint
CREATE TABLE `commission_statements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`period_id` integer NOT NULL,
	`rep_id` integer NOT NULL,
	`input_json` text NOT NULL,
	`result_json` text NOT NULL,
	`currency` text NOT NULL,
	`payout_minor` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`period_id`) REFERENCES `commission_periods`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rep_id`) REFERENCES `reps`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `commission_statements_period_rep` ON `commission_statements` (`period_id`,`rep_id`);