CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text,
	`entity_label` text NOT NULL,
	`before_json` text,
	`after_json` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_at` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_entity` ON `audit_log` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE TABLE `customer_ownership` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`rep_id` integer NOT NULL,
	`from_at` integer NOT NULL,
	`to_at` integer,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rep_id`) REFERENCES `reps`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `customer_ownership_customer` ON `customer_ownership` (`customer_id`,`from_at`);--> statement-breakpoint
CREATE INDEX `customer_ownership_rep` ON `customer_ownership` (`rep_id`,`to_at`);--> statement-breakpoint
CREATE TABLE `customers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` text NOT NULL,
	`key_kind` text NOT NULL,
	`key_value` text NOT NULL,
	`name` text NOT NULL,
	`region` text,
	`first_seen_at` integer NOT NULL,
	`last_activity_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customers_source_key_unique` ON `customers` (`source_id`,`key_kind`,`key_value`);--> statement-breakpoint
CREATE TABLE `distribution_cursors` (
	`pool_key` text PRIMARY KEY NOT NULL,
	`last_rep_id` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `groupings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`regions_json` text DEFAULT '[]' NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `groupings_kind_name_unique` ON `groupings` (`kind`,`name`);--> statement-breakpoint
CREATE TABLE `manager_lock` (
	`id` integer PRIMARY KEY NOT NULL,
	`pin_hash` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `ownership_change_items` (
	`change_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`from_rep_id` integer,
	`to_rep_id` integer,
	PRIMARY KEY(`change_id`, `customer_id`),
	FOREIGN KEY (`change_id`) REFERENCES `ownership_changes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`from_rep_id`) REFERENCES `reps`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_rep_id`) REFERENCES `reps`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ownership_change_items_customer` ON `ownership_change_items` (`customer_id`);--> statement-breakpoint
CREATE TABLE `ownership_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`to_rep_id` integer,
	`effective_at` integer NOT NULL,
	`reason` text NOT NULL,
	`strategy` text,
	`customer_count` integer NOT NULL,
	`moved_events` integer DEFAULT 0 NOT NULL,
	`moved_points` integer DEFAULT 0 NOT NULL,
	`actor` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`to_rep_id`) REFERENCES `reps`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ownership_changes_time` ON `ownership_changes` (`created_at`);--> statement-breakpoint
CREATE TABLE `portfolio_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`credit_to` text DEFAULT 'owner' NOT NULL,
	`claim_on_first_event` integer DEFAULT true NOT NULL,
	`auto_strategy` text DEFAULT 'off' NOT NULL,
	`pool_kind` text DEFAULT 'all' NOT NULL,
	`pool_id` integer,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `rep_avatars` (
	`rep_id` integer PRIMARY KEY NOT NULL,
	`token` text NOT NULL,
	`mime` text NOT NULL,
	`data` blob NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`rep_id`) REFERENCES `reps`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rep_avatars_token_unique` ON `rep_avatars` (`token`);--> statement-breakpoint
CREATE TABLE `rep_employment` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`rep_id` integer NOT NULL,
	`kind` text NOT NULL,
	`day` text NOT NULL,
	`note` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`rep_id`) REFERENCES `reps`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `rep_employment_rep` ON `rep_employment` (`rep_id`,`day`);--> statement-breakpoint
CREATE TABLE `rep_groupings` (
	`rep_id` integer NOT NULL,
	`grouping_id` integer NOT NULL,
	PRIMARY KEY(`rep_id`, `grouping_id`),
	FOREIGN KEY (`rep_id`) REFERENCES `reps`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`grouping_id`) REFERENCES `groupings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `rep_groupings_grouping` ON `rep_groupings` (`grouping_id`);--> statement-breakpoint
ALTER TABLE `events` ADD `attributed_by` text;--> statement-breakpoint
ALTER TABLE `events` ADD `customer_id` integer;--> statement-breakpoint
CREATE INDEX `events_customer` ON `events` (`customer_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `events_reverses_external` ON `events` (`source_id`,`reverses_external_id`) WHERE reverses_external_id IS NOT NULL;--> statement-breakpoint
ALTER TABLE `reps` ADD `start_date` text;--> statement-breakpoint
ALTER TABLE `reps` ADD `left_on` text;--> statement-breakpoint
ALTER TABLE `reps` ADD `capacity` integer;