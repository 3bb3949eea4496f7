/**
 * The client registry: who the clinic's clients are (demographics, contact details, preferred name and pronouns,
 * language, emergency contact, support network), how to find them, and who may open their chart.
 * <p>
 * Other modules use {@link org.stepwise.clients.ClientRegistry} to look clients up and call
 * {@link org.stepwise.clients.ChartAccess} before showing any of a client's data, which enforces the care-team rule
 * and break-glass access.
 */
@NullMarked
package org.stepwise.clients;

import org.jspecify.annotations.NullMarked;
