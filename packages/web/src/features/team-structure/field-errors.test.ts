import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/api-client.js';
import { fieldErrorsOf } from './field-errors.js';

const t = ((key: string) => key) as unknown as TFunction;

const invalid = (details: { field: string; problem: string }[]) =>
  new ApiError(400, { error: { code: 'validation_failed', message: 'Invalid input', details } });

describe('fieldErrorsOf', () => {
  it('words each refused field of a member in the reader’s language, by field name', () => {
    const errors = fieldErrorsOf(
      invalid([
        { field: 'body.timeSharePercent', problem: 'must be from 0 to 100' },
        { field: 'body.endDate', problem: 'must not be before the start date' },
        { field: 'body.name', problem: 'must not be empty' },
      ]),
      t,
    );
    expect(errors).toEqual({
      timeSharePercent: 'fieldErrors.timeShare',
      endDate: 'fieldErrors.endBeforeStart',
      name: 'fieldErrors.required',
    });
  });

  it('points at the assignment row and field at fault', () => {
    const errors = fieldErrorsOf(
      invalid([
        {
          field: 'body.assignments.0.subRoleKey',
          problem: 'must be empty: Operational Lead has no sub-roles',
        },
        { field: 'body.assignments.1', problem: 'repeats an earlier assignment' },
        { field: 'body.assignments.2.roleKey', problem: 'is not a role key' },
      ]),
      t,
    );
    expect(errors).toEqual({
      'assignments.0.subRoleKey': 'fieldErrors.subRole',
      'assignments.1': 'fieldErrors.repeatedAssignment',
      'assignments.2.roleKey': 'fieldErrors.unknownRole',
    });
  });

  it('answers nothing for a failure that names no field', () => {
    expect(fieldErrorsOf(new TypeError('offline'), t)).toEqual({});
  });
});
