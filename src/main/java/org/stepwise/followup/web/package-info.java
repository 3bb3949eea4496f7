/** The follow-up list and page, and the follow-ups API. */
@NullMarked
package org.stepwise.followup.web;

import org.jspecify.annotations.NullMarked;
