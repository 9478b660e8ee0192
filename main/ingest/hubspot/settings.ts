/** HubSpot's API, unless a source names another base URL (a local stand-in in tests). */
export const HUBSPOT_API_BASE = 'https://api.hubapi.com';
/** The won stage of HubSpot's default sales pipeline; custom pipelines use numeric stage ids. */
export const HUBSPOT_DEFAULT_WON_STAGES = ['closedwon'] as const;
