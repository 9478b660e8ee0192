import { useMemo } from 'react';
import type { Look, WallboardSnapshot } from '../../../../preload/contract';
import { useQuery } from '../../../api/use-query';

/**
 * The preview frame has no display token, so it cannot load `/wall/<token>/logo`: the
 * snapshot gets the logo as a data URL from the (admin) look query instead, and the look
 * editor can lay its unsaved choices over it.
 */
export function usePreviewLook(snapshot: WallboardSnapshot | undefined, draft?: Look & { logoDataUrl: string | null }): WallboardSnapshot | undefined {
  const saved = useQuery('wallboard.getLook', {}, ['wallboard']);
  const look = draft ?? saved.data;
  return useMemo(() => {
    if (!snapshot || !look) return snapshot;
    const { logoDataUrl, ...rest } = look;
    return { ...snapshot, look: { ...rest, logoUrl: logoDataUrl } };
  }, [snapshot, look]);
}
