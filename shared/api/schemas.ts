import { z } from 'zod';
import { isIsoDay } from '../dates';

/** Argument pieces every part of the contract shares. */
export const isoDay = z.string().refine(isIsoDay, { message: 'must be a calendar day written as YYYY-MM-DD' });
export const isoInstant = z.iso.datetime({ offset: true });
export const accountId = z.number().int().positive();
export const owner = z.string().trim().min(1).max(200);
export const touchpointId = z.number().int().positive();
