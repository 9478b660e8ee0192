CREATE TABLE `celebration_rules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_type` text NOT NULL,
	`min_amount_minor` integer DEFAULT 0 NOT NULL,
	`sound` text NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `display_scenes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`display_id` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`duration_seconds` integer NOT NULL,
	`settings_json` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`display_id`) REFERENCES `displays`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `display_scenes_display` ON `display_scenes` (`display_id`,`position`);--> statement-breakpoint
CREATE TABLE `display_settings` (
	`display_id` integer PRIMARY KEY NOT NULL,
	`privacy` text DEFAULT 'full' NOT NULL,
	`celebrations` integer DEFAULT true NOT NULL,
	`sound` integer DEFAULT true NOT NULL,
	`volume` integer DEFAULT 70 NOT NULL,
	`quiet_from` text,
	`quiet_to` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`display_id`) REFERENCES `displays`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `rep_sounds` (
	`rep_id` integer PRIMARY KEY NOT NULL,
	`sound` text NOT NULL,
	FOREIGN KEY (`rep_id`) REFERENCES `reps`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `wallboard_look` (
	`id` integer PRIMARY KEY NOT NULL,
	`theme` text DEFAULT 'dark' NOT NULL,
	`primary_color` text DEFAULT '#6f6bff' NOT NULL,
	`accent_color` text DEFAULT '#f5b400' NOT NULL,
	`font` text DEFAULT 'inter' NOT NULL,
	`logo` blob,
	`logo_type` text,
	`logo_version` integer DEFAULT 0 NOT NULL,
	`minor_celebrations` integer DEFAULT true NOT NULL,
	`minor_sound` text DEFAULT 'sparkle' NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
-- Defaults: one look, a deal won celebrates with the fanfare, existing TVs keep showing the
-- weekly leaderboard and gain the recent wins feed and today's leaderboard.
INSERT INTO `wallboard_look` (`id`, `updated_at`) VALUES (1, unixepoch() * 1000);--> statement-breakpoint
INSERT INTO `celebration_rules` (`event_type`, `min_amount_minor`, `sound`, `enabled`, `created_at`) VALUES ('deal.won', 0, 'fanfare', 1, unixepoch() * 1000);--> statement-breakpoint
INSERT INTO `display_settings` (`display_id`, `updated_at`) SELECT `id`, unixepoch() * 1000 FROM `displays`;--> statement-breakpoint
INSERT INTO `display_scenes` (`display_id`, `position`, `kind`, `duration_seconds`, `settings_json`) SELECT `id`, 0, 'leaderboard', 30, '{"period":"week","metric":"points","limit":10}' FROM `displays`;--> statement-breakpoint
INSERT INTO `display_scenes` (`display_id`, `position`, `kind`, `duration_seconds`, `settings_json`) SELECT `id`, 1, 'wins', 20, '{"limit":6,"showCustomer":true}' FROM `displays`;--> statement-breakpoint
INSERT INTO `display_scenes` (`display_id`, `position`, `kind`, `duration_seconds`, `settings_json`) SELECT `id`, 2, 'leaderboard', 20, '{"period":"day","metric":"points","limit":10}' FROM `displays`;
