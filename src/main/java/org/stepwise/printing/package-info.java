/**
 * Printing: a clinical document (a plan, a note, a summary) as a PDF, rendered from a Thymeleaf template in XML mode and
 * laid out by openhtmltopdf. Every print is audited with the client, and a print of Part 2 records carries the
 * redisclosure notice of 42 CFR 2.32.
 *
 * <p>Public API: {@link org.stepwise.printing.ClinicalPrints} (print and audit) and {@link org.stepwise.printing.Pdf}
 * (the bytes and a file name). Templates live under {@code templates/print/}; {@code print/parts.html} holds the shared
 * page head and the notice.
 */
@NullMarked
package org.stepwise.printing;

import org.jspecify.annotations.NullMarked;
