/**
 * Consents and 42 CFR Part 2: consent to treatment, HIPAA authorizations and Part 2 disclosure consents, signed
 * electronically, with expiry and revocation; the disclosure decision other modules ask before releasing a client's
 * records ({@link org.stepwise.consents.Disclosures}), the redisclosure notice that must go with each disclosure, and the
 * accounting of disclosures. Other modules use {@link org.stepwise.consents.Consents} and
 * {@link org.stepwise.consents.Disclosures} and listen for {@link org.stepwise.consents.ConsentSigned} and
 * {@link org.stepwise.consents.ConsentRevoked}. Which records are Part 2 records at all (the program's kind or an F10 to
 * F19 diagnosis) is the plain-Java {@link org.stepwise.consents.Part2Records}, for notes, plans, prints and screens.
 */
@NullMarked
package org.stepwise.consents;

import org.jspecify.annotations.NullMarked;
