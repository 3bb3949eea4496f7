/**
 * Aftercare (issue 7): the plan each client leaves with, per episode of care. The next level of care and provider with
 * the first appointment, support groups, the alumni group, who prescribes after discharge, vocational, educational and
 * housing referrals, and the crisis plan (the site's crisis lines and the safety plan in effect). Versions are kept;
 * a version reviewed with the client never changes.
 *
 * <p>Public API: {@link org.stepwise.aftercare.AftercarePlans} (read, save under a lock, review with the client, and
 * {@link org.stepwise.aftercare.AftercarePlans#outline} for the discharge summary), {@link
 * org.stepwise.aftercare.AftercareSharing} (a copy for the client; a share with a support person only under a consent)
 * and {@link org.stepwise.aftercare.AftercareReferrals} (a referral packet to the next provider carrying only what a
 * consent allows). The form's rules are plain Java in {@code aftercare.rules}.
 */
@NullMarked
package org.stepwise.aftercare;

import org.jspecify.annotations.NullMarked;
