CREATE TABLE `deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` text NOT NULL,
	`received_at` integer NOT NULL,
	`outcome` text NOT NULL,
	`http_status` integer NOT NULL,
	`reason` text,
	`event_count` integer DEFAULT 0 NOT NULL,
	`external_ids_json` text DEFAULT '[]' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `deliveries_source_time` ON `deliveries` (`source_id`,`received_at`);--> statement-breakpoint
CREATE TABLE `displays` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`token` text NOT NULL,
	`created_at` integer NOT NULL,
	`revoked_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `displays_token_unique` ON `displays` (`token`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` text NOT NULL,
	`external_id` text NOT NULL,
	`type` text NOT NULL,
	`rep_id` integer,
	`identity_kind` text,
	`identity_value` text,
	`occurred_at` integer NOT NULL,
	`occurred_offset` integer DEFAULT 0 NOT NULL,
	`received_at` integer NOT NULL,
	`amount_minor` integer,
	`currency` text,
	`reverses_event_id` integer,
	`reverses_external_id` text,
	`activity_name` text,
	`product` text,
	`customer_external_id` text,
	`customer_name` text,
	`payload_json` text NOT NULL,
	`import_batch_id` integer,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rep_id`) REFERENCES `reps`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_source_external_unique` ON `events` (`source_id`,`external_id`);--> statement-breakpoint
CREATE INDEX `events_occurred_at` ON `events` (`occurred_at`);--> statement-breakpoint
CREATE INDEX `events_unmapped` ON `events` (`source_id`,`identity_kind`,`identity_value`) WHERE rep_id IS NULL;--> statement-breakpoint
CREATE INDEX `events_reverses` ON `events` (`reverses_event_id`);--> statement-breakpoint
CREATE TABLE `ledger` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`rep_id` integer NOT NULL,
	`rule_id` integer,
	`points` integer NOT NULL,
	`kind` text NOT NULL,
	`reverses_ledger_id` integer,
	`occurred_at` integer NOT NULL,
	`explanation_json` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rep_id`) REFERENCES `reps`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rule_id`) REFERENCES `scoring_rules`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ledger_event` ON `ledger` (`event_id`);--> statement-breakpoint
CREATE INDEX `ledger_rep_time` ON `ledger` (`rep_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `ledger_time` ON `ledger` (`occurred_at`);--> statement-breakpoint
CREATE TABLE `rep_day_totals` (
	`day` text NOT NULL,
	`rep_id` integer NOT NULL,
	`points` integer DEFAULT 0 NOT NULL,
	`last_scored_at` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`day`, `rep_id`),
	FOREIGN KEY (`rep_id`) REFERENCES `reps`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `rep_identities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` text NOT NULL,
	`kind` text NOT NULL,
	`value` text NOT NULL,
	`rep_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`rep_id`) REFERENCES `reps`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rep_identities_unique` ON `rep_identities` (`source_id`,`kind`,`value`);--> statement-breakpoint
CREATE TABLE `reps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`email` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reps_email_unique` ON `reps` (`email`);--> statement-breakpoint
CREATE TABLE `scoring_rules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_type` text NOT NULL,
	`points` integer DEFAULT 0 NOT NULL,
	`points_per_step` integer DEFAULT 0 NOT NULL,
	`amount_step_minor` integer DEFAULT 100 NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scoring_rules_event_type_unique` ON `scoring_rules` (`event_type`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`secret` text NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`config_json` text DEFAULT '{}' NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `workspace` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`time_zone` text NOT NULL,
	`week_start` integer NOT NULL,
	`base_currency` text NOT NULL,
	`locale` text NOT NULL,
	`demo` integer DEFAULT false NOT NULL,
	`updated_at` integer NOT NULL
);
