/**
 * Consents and 42 CFR Part 2: consent to treatment, HIPAA authorizations and Part 2 disclosure consents, signed
 * electronically, with expiry and revocation; the disclosure decision other modules ask before releasing a client's
 * records ({@link org.stepwise.consents.Disclosures}), the redisclosure notice that must go with each disclosure, and the
 * accounting of disclosures. Other modules use {@link org.stepwise.consents.Consents} and
 * {@link org.stepwise.consents.Disclosures} and listen for {@link org.stepwise.consents.ConsentSigned} and
 * {@link org.stepwise.consents.ConsentRevoked}.
 */
@NullMarked
package org.stepwise.consents;

import org.jspecify.annotations.NullMarked;
