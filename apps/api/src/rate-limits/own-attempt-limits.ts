import { SetMetadata } from '@nestjs/common';

export const OWN_ATTEMPT_LIMITS = 'vitaal:own-attempt-limits';

/**
 * A public write that limits its attempts itself, more finely than per client address: sign-in
 * counts per account and per address an account is known at. The per-address limit would let one
 * busy address (an office behind one NAT, or every client behind a proxy without TRUST_PROXY) keep
 * everybody behind it out.
 */
export const OwnAttemptLimits = () => SetMetadata(OWN_ATTEMPT_LIMITS, true);
