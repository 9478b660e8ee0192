CREATE TABLE `exchange_rates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`currency` text NOT NULL,
	`base_currency` text NOT NULL,
	`rate` text NOT NULL,
	`valid_from` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `exchange_rates_unique` ON `exchange_rates` (`currency`,`base_currency`,`valid_from`);--> statement-breakpoint
CREATE TABLE `focus_factors` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`factor` text NOT NULL,
	`from_day` text NOT NULL,
	`to_day` text NOT NULL,
	`event_type` text,
	`product_id` integer,
	`group_id` integer,
	`enabled` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`group_id`) REFERENCES `product_groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `product_groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`points` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `product_groups_name_unique` ON `product_groups` (`name`);--> statement-breakpoint
CREATE TABLE `products` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sku` text NOT NULL,
	`name` text NOT NULL,
	`group_id` integer,
	`points` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`group_id`) REFERENCES `product_groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `products_sku_unique` ON `products` (`sku`);--> statement-breakpoint
CREATE INDEX `products_group` ON `products` (`group_id`);--> statement-breakpoint
CREATE TABLE `rule_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` integer NOT NULL,
	`change_json` text NOT NULL,
	`snapshot_json` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `held_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` text NOT NULL,
	`delivery_id` integer NOT NULL,
	`key` text NOT NULL,
	`element_json` text NOT NULL,
	`reason` text NOT NULL,
	`attempts` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`last_attempt_at` integer NOT NULL,
	`resolved_at` integer,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`delivery_id`) REFERENCES `deliveries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `held_items_key_unique` ON `held_items` (`source_id`,`key`);--> statement-breakpoint
CREATE INDEX `held_items_delivery` ON `held_items` (`delivery_id`);--> statement-breakpoint
ALTER TABLE `deliveries` ADD `summary_json` text;--> statement-breakpoint
ALTER TABLE `events` ADD `subject_key` text;--> statement-breakpoint
ALTER TABLE `events` ADD `repeats_event_id` integer;--> statement-breakpoint
ALTER TABLE `events` ADD `quantity` integer;--> statement-breakpoint
CREATE INDEX `events_subject` ON `events` (`source_id`,`subject_key`);--> statement-breakpoint
ALTER TABLE `ledger` ADD `rule_version` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Events stored before subjects existed are their own subject; a reversal is about the event it names.
UPDATE `events` SET `subject_key` = coalesce(`reverses_external_id`, `external_id`) WHERE `subject_key` IS NULL;
