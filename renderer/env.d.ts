/// <reference types="vite/client" />
import type { FanfareKioskApi, FanfareWindowApi } from '../preload/window-api';

declare global {
  interface Window {
    /** Present in the Electron manager window (preload/manager.ts). */
    fanfare?: FanfareWindowApi;
    /** Present in the Electron kiosk window (preload/kiosk.ts). */
    fanfareKiosk?: FanfareKioskApi;
  }
  const __FANFARE_VERSION__: string;
}
