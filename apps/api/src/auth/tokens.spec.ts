import { hashToken, newOrganizationToken, readOrganizationToken } from './tokens';

describe('tokens that name their organisation', () => {
  const organizationId = '0b5f0c4e-8d1a-4a53-9c2e-5d6f7a8b9c0d';

  it('reads back the organisation, and the hash of the whole token', () => {
    const token = newOrganizationToken(organizationId);
    expect(readOrganizationToken(token)).toEqual({ organizationId, tokenHash: hashToken(token) });
  });

  it('makes a new secret each time', () => {
    expect(newOrganizationToken(organizationId)).not.toEqual(newOrganizationToken(organizationId));
  });

  it.each([
    ['a token from before, without an organisation', 'q0x7V3lR9pW2mKc8ZtY1uB4nE6aD5fG0hJ2kL3sT4vU'],
    ['an organisation without a secret', `${organizationId}.`],
    ['something that is no organisation id', 'not-an-id.secret'],
    ['an upper-case id, which no token carries', `${organizationId.toUpperCase()}.secret`],
    ['more than two parts', `${organizationId}.secret.more`],
    ['nothing', ''],
  ])('reads nothing from %s', (_what, token) => {
    expect(readOrganizationToken(token)).toBeNull();
  });
});
