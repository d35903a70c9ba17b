import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@vitaal/shared/auth';

/** The API's rules for the fields that make an account, so most mistakes are caught before sending. */
export const nameField = (maxLength = 100) =>
  z.string().trim().min(1, 'validation.required').max(maxLength, 'validation.tooLong');

export const emailField = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(254, 'validation.tooLong')
  .pipe(z.email('validation.email'));

export const newPasswordField = z
  .string()
  .min(PASSWORD_MIN_LENGTH, 'validation.passwordLength')
  .max(PASSWORD_MAX_LENGTH, 'validation.tooLong');
