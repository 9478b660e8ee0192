CREATE TABLE `import_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`file_bytes` integer NOT NULL,
	`header_json` text NOT NULL,
	`plan_json` text NOT NULL,
	`status` text NOT NULL,
	`report_json` text,
	`events_added` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`finished_at` integer,
	`undone_at` integer,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `import_mappings` (
	`header_hash` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`plan_json` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
DROP INDEX `events_source_external_unique`;--> statement-breakpoint
DROP INDEX `events_reverses`;--> statement-breakpoint
ALTER TABLE `events` ADD `retracted_at` integer;--> statement-breakpoint
CREATE INDEX `events_import_batch` ON `events` (`import_batch_id`) WHERE import_batch_id IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `events_source_external_unique` ON `events` (`source_id`,`external_id`) WHERE retracted_at IS NULL;--> statement-breakpoint
CREATE INDEX `events_reverses` ON `events` (`reverses_event_id`) WHERE reverses_event_id IS NOT NULL;