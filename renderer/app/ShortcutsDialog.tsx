import { isMac } from '../platform/environment';
import { Dialog } from '../ui/Dialog';
import { displayKeys, shortcuts } from '../shell/shortcuts';

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const mac = isMac();
  const groups = [...new Set(shortcuts.map((s) => s.where))];
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      {groups.map((where) => (
        <section key={where} aria-label={where} className="shortcut-group">
          <h3>{where}</h3>
          <table className="data">
            <tbody>
              {shortcuts
                .filter((s) => s.where === where)
                .map((s) => (
                  <tr key={`${s.keys} ${s.description}`}>
                    <td style={{ width: '11em' }}>
                      <kbd>{displayKeys(s.keys, mac)}</kbd>
                    </td>
                    <td>{s.description}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ))}
      <p>
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </p>
    </Dialog>
  );
}
