import { useState } from 'react';
import { useI18n } from '../i18n/i18n';

export function CopyButton({ text, label }: { text: string; label?: string }) {
  const { m } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Clipboard API unavailable (insecure context): fall back to a selection copy.
      const area = document.createElement('textarea');
      area.value = text;
      document.body.append(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 1600);
  };
  return (
    <button type="button" className={`btn btn-ghost btn-small ${copied ? 'is-done' : ''}`} onClick={() => void copy()} aria-label={label ?? m.common.copy}>
      {copied ? `✓ ${m.common.copied}` : m.common.copy}
    </button>
  );
}
