// Settings: light or dark screens. Applied and saved as soon as it is picked, so the user sees
// the result at once; merged into the latest settings, so it never undoes another section.
import { useId, useState } from 'react';
import { themePreferenceSchema, type ThemePreference } from '../../shared/settings/schema';
import { useSaveSettings, useSettings } from './queries';
import { errorMessage } from '../../shared/common/error-message';

const choices: { value: ThemePreference; label: string }[] = [
  { value: 'system', label: 'Same as the computer' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function AppearanceSection() {
  const headingId = useId();
  const settings = useSettings().data;
  const save = useSaveSettings();
  const [error, setError] = useState<string | null>(null);
  // Shown checked at once; the saved settings follow a moment later.
  const [picked, setPicked] = useState<ThemePreference | null>(null);
  if (!settings) return null;
  const current = picked ?? settings.theme;

  const choose = async (value: string) => {
    const theme = themePreferenceSchema.parse(value);
    setPicked(theme);
    setError(null);
    try {
      await save.mutateAsync({ ...settings, theme });
    } catch (e) {
      setPicked(null);
      setError(`The choice was not saved: ${errorMessage(e)}`);
    }
  };

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Appearance</h2>
      <fieldset className="ui-field ui-radio-group">
        <legend className="ui-field__label">Colours</legend>
        <div className="ui-radio-group__options">
          {choices.map((choice) => (
            <label key={choice.value} className="ui-radio">
              <input
                type="radio"
                name="theme"
                value={choice.value}
                checked={current === choice.value}
                onChange={(e) => void choose(e.target.value)}
              />
              {choice.label}
            </label>
          ))}
        </div>
        <p className="ui-field__hint">Dark screens are easier on the eyes in a dim office. Saved as soon as you pick one.</p>
      </fieldset>
      {error && (
        <p role="alert" className="ui-form-error">
          {error}
        </p>
      )}
    </section>
  );
}
