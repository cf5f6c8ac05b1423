// Type tests (checked by `tsc`, run by `npm test`): a webhook event's enums admit values connectFi adds later, keep
// suggesting the known ones, and still refuse a value of the wrong type. Single-value tags stay exact.
import type { AchStatusChangedEvent, ComboStatusChangedEvent, OpenEnums } from '@connectfi/client';

type Status = AchStatusChangedEvent['status'];
export const tomorrow: Status = 'HeldForReview';
export const known: Status = 'Sent';
// @ts-expect-error a status is a string, never a number
export const wrong: Status = 42;

type Assert<T extends true> = T;
export type KnownValuesStillThere = Assert<'Sent' extends Status ? ('Complete' extends Status ? true : false) : false>;
export type AnyStringAccepted = Assert<string extends Status ? true : false>;
export type ConstStaysExact = Assert<OpenEnums<{ tag: 'ach' }> extends { tag: 'ach' } ? (string extends OpenEnums<{ tag: 'ach' }>['tag'] ? false : true) : false>;
export type NullKept = Assert<null extends OpenEnums<'a' | 'b' | null> ? true : false>;

/** A switch over the known values needs a default: the compiler no longer treats the known list as complete. */
export function label(status: Status): string {
  switch (status) {
    case 'Sent':
      return 'on its way';
    case 'Complete':
      return 'done';
    default:
      return `status ${status}`;
  }
}

export const comboTag = (event: ComboStatusChangedEvent) => event;
