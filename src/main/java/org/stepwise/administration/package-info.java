/**
 * What the Today page shows administrators and directors about accounts and staff credentials. A module of its own
 * because the Today page's contributors must depend on it (today depends on security, security on staff), so neither
 * staff nor security can contribute cards without a cycle.
 */
@NullMarked
package org.stepwise.administration;

import org.jspecify.annotations.NullMarked;
