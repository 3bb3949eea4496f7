/** Storage of consents and disclosures, the notice text, and the consents section of the client's chart. */
@NullMarked
package org.stepwise.consents.internal;

import org.jspecify.annotations.NullMarked;
