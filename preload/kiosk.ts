// Preload of the kiosk (TV) window: the wallboard reads everything over its own display
// link, so this only tells the page it runs in the kiosk (to hide the cursor).
import { contextBridge } from 'electron';
import type { FanfareKioskApi } from './window-api';

const api: FanfareKioskApi = { kiosk: true };
contextBridge.exposeInMainWorld('fanfareKiosk', api);
