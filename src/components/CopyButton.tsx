import { useState } from 'react';
import { useT } from '../lib/i18n';

/** Clipboard API where the page is a secure context, the old execCommand route elsewhere (plain-HTTP hosts). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (window.isSecureContext && navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall back below
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

export function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className="rounded border border-accent px-3 py-1 text-sm font-semibold text-accent"
        onClick={async () => setState((await copyText(text)) ? 'copied' : 'failed')}
      >
        {label}
      </button>
      <span role="status" className={`text-sm ${state === 'failed' ? 'font-semibold text-fail' : 'text-pass'}`}>
        {state === 'copied' ? t('copy.done') : state === 'failed' ? t('copy.failed') : ''}
      </span>
    </span>
  );
}

export function downloadText(fileName: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The type a download is saved with, from its extension. */
export function mimeType(fileName: string): string {
  if (fileName.endsWith('.json')) return 'application/json';
  if (fileName.endsWith('.md')) return 'text/markdown';
  if (/\.ya?ml$/.test(fileName)) return 'application/yaml';
  return 'text/plain';
}

export function DownloadButton({ text, fileName, label }: { text: string; fileName: string; label: string }) {
  return (
    <button
      type="button"
      className="rounded border border-line px-3 py-1 text-sm font-semibold"
      onClick={() => downloadText(fileName, text, mimeType(fileName))}
    >
      {label}
    </button>
  );
}
