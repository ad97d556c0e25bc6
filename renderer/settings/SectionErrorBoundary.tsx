// One Settings section that fails to draw says so in its place, and the others stay usable:
// above all Backups, the way back from data the app cannot show.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** The section's title, for the sentence shown in its place. */
  name: string;
  children: ReactNode;
}

export class SectionErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`[call-desk] The ${this.props.name} settings failed to draw.`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="ui-section" aria-label={this.props.name}>
        <p role="alert" className="ui-form-error">
          The {this.props.name} section could not be shown ({this.state.error.message}). The other settings, and Backups, still work.
        </p>
      </section>
    );
  }
}
