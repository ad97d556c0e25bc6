// A sent email on the timeline, as both the promise confirmation and the template emails show
// it: who and what at a glance, the text one click away (it can be long, and the timeline is read
// in a hurry).
export function SentEmailText({ summary, body, className }: { summary: string; body: string; className: string }) {
  return (
    <div className={className}>
      <p>{summary}</p>
      <details>
        <summary>Show the email text</summary>
        <p className="entry-text">{body}</p>
      </details>
    </div>
  );
}
