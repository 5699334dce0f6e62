import type { AccountFields, AccountRecord } from '../../shared/api/accounts';

/** The create/edit form as typed: text boxes hold strings until the form is sent. */
export interface AccountForm {
  name: string;
  externalId: string;
  owner: string;
  tier: string;
  value: string;
  tags: string[];
}

export type AccountFormErrors = Partial<Record<keyof AccountForm, string>>;

export const EMPTY_FORM: AccountForm = { name: '', externalId: '', owner: '', tier: '', value: '', tags: [] };

/** The form filled from a stored account, for editing. */
export function formFromAccount(account: Pick<AccountRecord, 'name' | 'externalId' | 'owner' | 'tier' | 'value' | 'tags'>): AccountForm {
  return { name: account.name, externalId: account.externalId, owner: account.owner, tier: account.tier, value: String(account.value), tags: [...account.tags] };
}

/** "120,000", "$120 000", "120000.50" → 120000.5; null when it is not an amount. */
export function parseValue(text: string): number | null {
  const cleaned = text.replace(/[\s,$€£]/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/**
 * The form's fields as the backend takes them, or what to fix, field by
 * field, in words. The CRM id may be left empty when creating: Tend makes one up.
 *
 * @example readAccountForm({ ...EMPTY_FORM, name: 'Acme', owner: 'Dana', tier: 'Standard', value: '12,000' })
 * // { fields: { name: 'Acme', owner: 'Dana', tier: 'Standard', value: 12000, tags: [] }, errors: {} }
 */
export function readAccountForm(form: AccountForm): { fields: AccountFields | null; errors: AccountFormErrors } {
  const errors: AccountFormErrors = {};
  const name = form.name.trim();
  const owner = form.owner.trim();
  const tier = form.tier.trim();
  const externalId = form.externalId.trim();
  const value = parseValue(form.value);
  if (name === '') errors.name = 'Enter the account’s name.';
  else if (name.length > 300) errors.name = 'Keep the name under 300 characters.';
  if (owner === '') errors.owner = 'Say who looks after this account.';
  else if (owner.length > 200) errors.owner = 'Keep the owner’s name under 200 characters.';
  if (tier === '') errors.tier = 'Pick a tier (it sets how often to be in touch).';
  else if (tier.length > 100) errors.tier = 'Keep the tier under 100 characters.';
  if (value === null) errors.value = 'Enter what the account is worth as a number, for example 12000.';
  else if (value > 1e12) errors.value = 'That value is too large for Tend.';
  if (externalId.length > 200) errors.externalId = 'Keep the CRM id under 200 characters.';
  if (Object.keys(errors).length > 0 || value === null) return { fields: null, errors };
  return { fields: { ...(externalId === '' ? {} : { externalId }), name, owner, tier, value, tags: form.tags }, errors };
}

/** Only the fields an edit changed, for `accounts.update`; empty when nothing changed. */
export function changedFields(before: AccountFields & { externalId: string }, after: AccountFields): Partial<AccountFields> {
  const changes: Partial<AccountFields> = {};
  if (after.name !== before.name) changes.name = after.name;
  if (after.externalId !== undefined && after.externalId !== before.externalId) changes.externalId = after.externalId;
  if (after.owner !== before.owner) changes.owner = after.owner;
  if (after.tier !== before.tier) changes.tier = after.tier;
  if (after.value !== before.value) changes.value = after.value;
  if (after.tags.join('\n') !== before.tags.join('\n')) changes.tags = after.tags;
  return changes;
}
