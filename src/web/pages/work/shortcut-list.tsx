/** The keyboard shortcuts of the task page, always visible in a small list (and read by screen readers). */

export interface Shortcut {
  keys: string[];
  what: string;
}

export function ShortcutList({ shortcuts }: { shortcuts: readonly Shortcut[] }) {
  return (
    <section className="shortcut-list" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">Keyboard</h2>
      <dl>
        {shortcuts.map((shortcut) => (
          <div key={shortcut.what}>
            <dt>
              {shortcut.keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && ' '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{shortcut.what}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
