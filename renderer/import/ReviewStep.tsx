// The file as read: what was recognised, how it was read, its columns and the questions left;
// "Preview import" interprets it with those answers.
import { formatInstant, type OfficeClock } from '../../shared/dates/office-time';
import { Button } from '../ui/Button';
import { ColumnMappingTable } from './ColumnMappingTable';
import { FileReadOptions } from './FileReadOptions';
import { ImportQuestions } from './ImportQuestions';
import type { Review, useImportFlow } from './use-import-flow';

interface Props {
  review: Review;
  office: OfficeClock;
  actions: ReturnType<typeof useImportFlow>['actions'];
}

export function ReviewStep({ review, office, actions }: Props) {
  const { analysis, options } = review;
  const missing = review.questions.flatMap((q) => (q.kind === 'missing-field' ? q.fields : []));
  const invoices = options.content === 'invoices';
  return (
    <>
      <FileReadOptions analysis={analysis} locale={office.locale} onReread={actions.reread} />
      {review.savedMappingFrom && (
        <p className="import-saved-mapping" role="status">
          Using the columns you chose for a file like this on {formatInstant(review.savedMappingFrom, office, 'date')}.{' '}
          <Button variant="link" onClick={actions.useDetectedColumns}>
            Use the columns found in the file instead
          </Button>
        </p>
      )}
      <ColumnMappingTable
        headers={analysis.headers}
        samples={analysis.samples}
        mapping={options.mapping}
        content={options.content}
        missing={missing}
        onContent={analysis.preset ? undefined : actions.setContent}
        onChange={actions.setColumn}
      />
      {(invoices || review.questions.length > 0) && (
        <ImportQuestions
          dateQuestion={review.dateQuestion}
          dateOrder={options.dateOrder}
          missingFields={review.questions}
          showScope={invoices}
          scope={review.scope}
          onDateOrder={actions.setDateOrder}
          onScope={actions.setScope}
        />
      )}
      <div className="import-actions import-sticky-actions">
        <Button variant="primary" onClick={() => void actions.preview()}>
          Preview import
        </Button>
      </div>
    </>
  );
}
