/** The alumni pages (roster, groups, check-in) and the alumni API. */
@NullMarked
package org.stepwise.alumni.web;

import org.jspecify.annotations.NullMarked;
