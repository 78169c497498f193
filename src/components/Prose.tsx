/**
 * Words that may quote a command or a name between backticks (as the catalogs and the Markdown report do): each
 * quoted span is shown as code, the rest as text. React escapes both, so a pasted value stays plain text.
 */
export function Prose({ text }: { text: string }) {
  const parts = text.split(/`([^`\n]+)`/);
  if (parts.length === 1) return <>{text}</>;
  return <>{parts.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>;
}
