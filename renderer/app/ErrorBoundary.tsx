import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** Shows what went wrong instead of a blank window; saved data is never touched by a render error. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Render error', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="screen">
        <h1>Something went wrong on this screen</h1>
        <p>{this.state.error.message}</p>
        <p>Everything you saved is safe. Notes typed during a call are kept as a draft.</p>
        <p>
          <button
            type="button"
            className="primary"
            onClick={() => {
              this.setState({ error: null });
              window.location.hash = '#/customers';
            }}
          >
            Back to customers
          </button>
        </p>
      </div>
    );
  }
}
