import { NoticeBox } from '@dhis2-ui/notice-box';

/** The outcome of a submit that failed, announced to screen readers as it appears. */
export function FormError({ message, title }: { message: string | undefined; title?: string }) {
  return (
    <div role="alert" className="form-error">
      {message && (
        <NoticeBox error title={title}>
          {message}
        </NoticeBox>
      )}
    </div>
  );
}

/** A success message, read out politely. */
export function FormSuccess({ message }: { message: string | undefined }) {
  return (
    <div role="status" className="form-success">
      {message && <NoticeBox valid>{message}</NoticeBox>}
    </div>
  );
}
