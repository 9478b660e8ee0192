import { useEffect, type CSSProperties } from 'react';
import type { FontId, WallboardSnapshot } from '../../preload/contract';

const FAMILIES: Record<FontId, string> = {
  inter: "'Inter Variable', 'Inter', system-ui, sans-serif",
  nunito: "'Nunito Variable', 'Nunito', system-ui, sans-serif",
  montserrat: "'Montserrat Variable', 'Montserrat', system-ui, sans-serif",
  'roboto-slab': "'Roboto Slab Variable', 'Roboto Slab', Georgia, serif",
};

/** Each font is its own chunk: a TV downloads only the one its board uses. */
const LOADERS: Record<FontId, () => Promise<unknown>> = {
  inter: () => Promise.resolve(),
  nunito: () => import('@fontsource-variable/nunito/index.css'),
  montserrat: () => import('@fontsource-variable/montserrat/index.css'),
  'roboto-slab': () => import('@fontsource-variable/roboto-slab/index.css'),
};

export function useFont(font: FontId): void {
  useEffect(() => {
    void LOADERS[font]();
  }, [font]);
}

/** The look as CSS custom properties on the stage (colours, font). */
export function lookStyle(look: WallboardSnapshot['look']): CSSProperties {
  return { '--wb-primary': look.primaryColor, '--wb-accent': look.accentColor, '--wb-font': FAMILIES[look.font] } as CSSProperties;
}
