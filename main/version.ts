// Replaced at build time with package.json's version; read from it when run from source.
declare const __FANFARE_VERSION__: string | undefined;

export const VERSION: string = typeof __FANFARE_VERSION__ === 'string' ? __FANFARE_VERSION__ : '0.0.0-dev';
