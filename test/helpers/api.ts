// The API's failures as a test reads them. A route's own JSON is typed by the route (testClient(app), or hc in the
// UI); its failures are not: an ApiError thrown anywhere becomes the contract's error body in onError.
import type { ErrorBody } from '../../src/api/errors.ts';

/** The `{error: {code, message}}` of a failed request. */
export async function failure(res: Response): Promise<ErrorBody['error']> {
  return ((await res.json()) as ErrorBody).error;
}
