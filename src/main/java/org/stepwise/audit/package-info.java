/**
 * The tamper-evident access log: every view, change, export and print of client data, every login, every break-glass.
 * Rows are hash-chained; the verifier detects an altered, inserted or deleted row.
 */
@NullMarked
package org.stepwise.audit;

import org.jspecify.annotations.NullMarked;
